/** People and what they may do: fair roles and permissions, sessions, registration, invitations. */

export { ROLES, RoleSchema, can, canOnStand } from '../fair/roles.ts';
export type { Action, Role, StandAction } from '../fair/roles.ts';
export {
  DisplayNameSchema,
  GuestSessionBodySchema,
  SessionClaimsSchema,
  SessionSchema,
  SessionUserSchema,
} from '../api/sessions.ts';
export type { GuestSessionBody, Session, SessionClaims, SessionUser } from '../api/sessions.ts';
export {
  AcceptInvitationBodySchema,
  EmailSchema,
  InvitationBodySchema,
  InvitationSchema,
  InvitationTokenParamsSchema,
  PasswordSchema,
  RegisterBodySchema,
  SignInBodySchema,
} from '../api/accounts.ts';
export type { Invitation, RegisterBody, SignInBody } from '../api/accounts.ts';
