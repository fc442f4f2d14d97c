/** Who works at a forum event, the organiser's assignments, and a person's own events. */
import { z } from 'zod';
import { AssignedEventRoleSchema, EventRoleSchema } from '../fair/eventRoles.ts';
import { IdSchema } from '../fair/ids.ts';
import { StudioStatusSchema } from '../fair/studio.ts';
import { EventSummarySchema, PersonRefSchema } from './forum.ts';

export const EventStaffMemberSchema = z.object({
  user: z.object({ id: z.uuid(), displayName: z.string() }),
  roles: z.array(EventRoleSchema),
  /** The speaker profile the person appears as, for the moderator and speakers. */
  speaker: PersonRefSchema.nullable(),
});
export type EventStaffMember = z.infer<typeof EventStaffMemberSchema>;
export const EventStaffSchema = z.object({
  eventId: IdSchema,
  members: z.array(EventStaffMemberSchema),
});
export type EventStaff = z.infer<typeof EventStaffSchema>;

export const StaffAssignParamsSchema = z.object({
  eventId: IdSchema,
  role: AssignedEventRoleSchema,
});
export const StaffAssignBodySchema = z.object({ userId: z.uuid('Use the id of a user') });

export const MyForumEventsSchema = z.object({
  items: z.array(
    z.object({
      event: EventSummarySchema,
      roles: z.array(EventRoleSchema),
      status: StudioStatusSchema,
    }),
  ),
});
export type MyForumEvents = z.infer<typeof MyForumEventsSchema>;
