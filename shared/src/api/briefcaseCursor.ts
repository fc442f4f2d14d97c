/**
 * Where a page of the briefcase ends: the last item's place in the order the briefcase is read
 * (added at, newest first; id breaks ties). The next page starts right after that place, so an
 * item added or removed meanwhile neither repeats nor skips one. Clients pass the cursor back as
 * they got it (base64url text, not to be taken apart); the api reads the place out of it.
 *
 * A place is no secret and carries no user: the api reads it against the asking visitor's own
 * items only, so another visitor's cursor, or a made-up one, shows nothing but their own. The
 * time keeps the database's microseconds: cut to milliseconds, it would skip the items added
 * later within the same millisecond.
 */
import { z } from 'zod';

const CURSOR_PROBLEM =
  'This is not a cursor the briefcase gave out. Pass back `nextCursor` as it came, or leave `cursor` out to start from the newest items.';

/** Far more than a real cursor needs (about 90 characters); longer text is refused unread. */
const CURSOR_MAX_LENGTH = 200;

export const BriefcasePositionSchema = z.object({
  // From 1970: PostgreSQL refuses some years that the ISO pattern allows (year 0000).
  addedAt: z.iso
    .datetime({ precision: 6, error: CURSOR_PROBLEM })
    .refine((time) => time >= '1970-01-01', { error: CURSOR_PROBLEM }),
  id: z.guid({ error: CURSOR_PROBLEM }),
});
export type BriefcasePosition = z.infer<typeof BriefcasePositionSchema>;

/** The cursor as it travels: what `nextCursor` carries and `cursor` takes. */
export const BriefcaseCursorTextSchema = z
  .string({ error: CURSOR_PROBLEM })
  .max(CURSOR_MAX_LENGTH, { error: CURSOR_PROBLEM, abort: true })
  .regex(/^[A-Za-z0-9_-]+$/, { error: CURSOR_PROBLEM });

const SEPARATOR = '|';

function fromBase64url(text: string): string | null {
  try {
    return String.fromCharCode(...z.util.base64urlToUint8Array(text));
  } catch {
    return null;
  }
}

/** Decodes to the place in the briefcase; anything else is one issue saying what to do. */
export const BriefcaseCursorSchema = z.codec(BriefcaseCursorTextSchema, BriefcasePositionSchema, {
  decode: (text, payload) => {
    const [addedAt, id, ...rest] = fromBase64url(text)?.split(SEPARATOR) ?? [];
    const position = BriefcasePositionSchema.safeParse({ addedAt, id });
    if (rest.length === 0 && position.success) return position.data;
    payload.issues.push({ code: 'custom', message: CURSOR_PROBLEM, input: text });
    return z.NEVER;
  },
  encode: ({ addedAt, id }) =>
    z.util.uint8ArrayToBase64url(
      Uint8Array.from(`${addedAt}${SEPARATOR}${id}`, (char) => char.charCodeAt(0)),
    ),
});

/** The cursor for the page after the one ending at `position`. */
export function briefcaseCursor(position: BriefcasePosition): string {
  return z.encode(BriefcaseCursorSchema, position);
}
