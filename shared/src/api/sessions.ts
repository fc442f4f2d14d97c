/**
 * Sessions: every visitor has one, a guest's without registering. The token is a signed JWT
 * that the game server verifies on join; its claims are validated with the same schema.
 */
import { z } from 'zod';
import { HexColorSchema } from '../fair/exhibitor.ts';
import { IdSchema } from '../fair/ids.ts';
import { RoleSchema } from '../fair/roles.ts';
import { singleLineText } from '../i18n/plainText.ts';

export const DisplayNameSchema = singleLineText(40).pipe(z.string().min(1, 'Enter a name'));

export const GuestSessionBodySchema = z.object({ displayName: DisplayNameSchema.optional() });
export type GuestSessionBody = z.infer<typeof GuestSessionBodySchema>;

export const SessionUserSchema = z.object({
  id: z.uuid(),
  displayName: DisplayNameSchema,
  role: RoleSchema,
  color: HexColorSchema,
  /** Null for a guest, who has no account. */
  email: z.string().nullable(),
  /** For exhibitor staff: whose stand they run. */
  exhibitorId: IdSchema.nullable(),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

export const SessionSchema = z.object({
  token: z.string().min(1),
  expiresAt: z.iso.datetime({ offset: true }),
  user: SessionUserSchema,
});
export type Session = z.infer<typeof SessionSchema>;

/** What a session token says, checked after its signature. */
export const SessionClaimsSchema = z.object({
  sub: z.uuid(),
  /** The session row behind the token; signing out revokes it. */
  sid: z.uuid(),
  name: DisplayNameSchema,
  role: RoleSchema,
  exp: z.number().int(),
});
export type SessionClaims = z.infer<typeof SessionClaimsSchema>;
