/**
 * The webinar form's values as typed (the start as a local date-time, the duration as text) and
 * the api's input made from them. Checked with the shared schema before sending, so the form
 * shows its messages in place without a round trip; the api checks again.
 */
import {
  DEFAULT_WEBINAR_FORMAT,
  WEBINAR_MINUTES,
  WebinarInputSchema,
  type Locale,
  type Webinar,
  type WebinarFormat,
  type WebinarInput,
} from '@salon/shared';
import { issueErrors, type FieldErrors } from '../fieldErrors.ts';
import { isoToLocalInput, localInputToIso } from './localDateTime.ts';

export interface WebinarDraft {
  title: { ru: string; en: string };
  description: { ru: string; en: string };
  /** `YYYY-MM-DDTHH:mm`, the exhibitor's local time. */
  start: string;
  duration: string;
  language: Locale;
  format: WebinarFormat;
}

const DEFAULT_MINUTES = 45;

/**
 * A new webinar: a webinar (not a master class), starting at the next full hour, 45 minutes,
 * in the interface's language.
 */
export function emptyDraft(now: Date, language: Locale): WebinarDraft {
  const next = new Date(now);
  next.setMinutes(0, 0, 0);
  next.setHours(next.getHours() + 1);
  return {
    title: { ru: '', en: '' },
    description: { ru: '', en: '' },
    start: isoToLocalInput(next.toISOString()),
    duration: String(DEFAULT_MINUTES),
    language,
    format: DEFAULT_WEBINAR_FORMAT,
  };
}

export function draftFromWebinar(webinar: Webinar): WebinarDraft {
  return {
    title: { ...webinar.title },
    description: { ...webinar.description },
    start: isoToLocalInput(webinar.startsAt),
    duration: String(webinar.durationMinutes),
    language: webinar.language,
    format: webinar.format,
  };
}

export interface DraftMessages {
  required: string;
  start: string;
  duration: string;
}

export type DraftCheck = { ok: true; input: WebinarInput } | { ok: false; errors: FieldErrors };

export function inputFromDraft(draft: WebinarDraft, messages: DraftMessages): DraftCheck {
  const startsAt = localInputToIso(draft.start);
  const minutes = /^\s*\d+\s*$/.test(draft.duration) ? Number(draft.duration) : Number.NaN;
  const checked = WebinarInputSchema.safeParse({
    title: { ru: draft.title.ru.trim(), en: draft.title.en.trim() },
    description: { ru: draft.description.ru.trim(), en: draft.description.en.trim() },
    startsAt: startsAt ?? '',
    durationMinutes: minutes,
    language: draft.language,
    format: draft.format,
  });
  const errors: Record<string, string> = checked.success
    ? {}
    : { ...issueErrors(checked.error.issues, messages.required) };
  // Our own words for the two fields whose schema messages are written for developers.
  if (startsAt === null || errors['startsAt']) errors['startsAt'] = messages.start;
  if (
    !Number.isInteger(minutes) ||
    minutes < WEBINAR_MINUTES.min ||
    minutes > WEBINAR_MINUTES.max ||
    errors['durationMinutes']
  )
    errors['durationMinutes'] = messages.duration;
  if (checked.success && Object.keys(errors).length === 0) return { ok: true, input: checked.data };
  return { ok: false, errors };
}
