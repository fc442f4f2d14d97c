/** Accounts: registration, sign-in, and staff invitations. */
import { z } from 'zod';
import { IdSchema } from '../fair/ids.ts';
import { DisplayNameSchema } from './sessions.ts';

export const EmailSchema = z
  .email('Enter an email address like name@example.com')
  .max(200)
  .transform((email) => email.toLowerCase());

/** Long passphrases are welcome; the upper bound keeps hashing cheap enough to not be a weapon. */
export const PasswordSchema = z
  .string()
  .min(10, 'Use at least 10 characters')
  .max(200, 'Use at most 200 characters');

export const RegisterBodySchema = z.object({
  email: EmailSchema,
  password: PasswordSchema,
  displayName: DisplayNameSchema,
});
export type RegisterBody = z.infer<typeof RegisterBodySchema>;

export const SignInBodySchema = z.object({
  email: EmailSchema,
  password: z.string().min(1).max(200),
});
export type SignInBody = z.infer<typeof SignInBodySchema>;

export const InvitationBodySchema = z.object({ email: EmailSchema });
export const InvitationSchema = z.object({
  id: IdSchema,
  exhibitorId: IdSchema,
  email: z.string(),
  /** The secret part of the invitation link; shown once, to the organiser who made it. */
  token: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type Invitation = z.infer<typeof InvitationSchema>;

export const AcceptInvitationBodySchema = z.object({
  password: PasswordSchema,
  displayName: DisplayNameSchema,
});
export const InvitationTokenParamsSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'This invitation link is malformed'),
});
