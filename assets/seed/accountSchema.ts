/**
 * The seed shape of the demo accounts: one organiser, a staff member for some exhibitors, and the
 * forum staff of a couple of events (a producer and a chat expert assigned to them, and the
 * moderators and speakers, linked to their speaker profiles).
 * All of them sign in with `DEMO_ACCOUNT_PASSWORD`, the one place the plain password is kept
 * (it is documented in assets/README.md); the api hashes it when it loads the seed.
 */
import {
  ASSIGNED_EVENT_ROLES,
  AssignedEventRoleSchema,
  DisplayNameSchema,
  EmailSchema,
  IdSchema,
  RoleSchema,
  can,
} from '@salon/shared';
import { z } from 'zod';

export const DEMO_ACCOUNT_PASSWORD = 'salon-demo-2027';

export const SeedAccountSchema = z
  .object({
    email: EmailSchema,
    displayName: DisplayNameSchema,
    role: RoleSchema,
    /** The exhibitor whose stand an exhibitor staff account runs; null for every other role. */
    exhibitorId: IdSchema.nullable(),
    /** The speaker profile a forum moderator or speaker appears as. */
    speakerId: IdSchema.nullable().default(null),
    /** Events this account produces or moderates the chat of. */
    assignedEvents: z
      .array(z.object({ eventId: IdSchema, role: AssignedEventRoleSchema }))
      .default([]),
  })
  .refine(
    (account) => (account.role === 'exhibitor') === (account.exhibitorId !== null),
    'Exhibitor staff, and only they, belong to an exhibitor',
  )
  .refine(
    (account) =>
      account.assignedEvents.every(({ role }) => can(account.role, ASSIGNED_EVENT_ROLES[role])),
    'Only producers produce events, and only chat experts moderate their chat',
  );
export type SeedAccount = z.infer<typeof SeedAccountSchema>;
