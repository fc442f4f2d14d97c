/** The forum's programme: events, speakers, stages and phases, and who does what at an event. */

export {
  EVENT_FORMATS,
  EventFormatSchema,
  FORUM_PHASES,
  ForumEventFieldsSchema,
  ForumEventSchema,
  ForumPhaseSchema,
  IsoDateTimeSchema,
  IsoDaySchema,
  SpeakerSchema,
  StageSchema,
} from '../fair/forum.ts';
export type { EventFormat, ForumEvent, ForumPhase, Speaker, Stage } from '../fair/forum.ts';
export {
  EventDetailSchema,
  EventPageSchema,
  EventQuerySchema,
  EventSummarySchema,
  ForumFacetsSchema,
  PersonRefSchema,
  SpeakerDetailSchema,
  SpeakerPageSchema,
  SpeakerQuerySchema,
} from '../api/forum.ts';
export type {
  EventDetail,
  EventQuery,
  EventSummary,
  ForumFacets,
  PersonRef,
  SpeakerDetail,
  SpeakerQuery,
} from '../api/forum.ts';
export {
  ASSIGNED_EVENT_ROLES,
  AssignedEventRoleSchema,
  EVENT_ROLES,
  EventRoleSchema,
  canOnEvent,
  eventRolesOf,
} from '../fair/eventRoles.ts';
export type { AssignedEventRole, EventAction, EventRole } from '../fair/eventRoles.ts';
export {
  EventStaffMemberSchema,
  EventStaffSchema,
  MyForumEventsSchema,
  StaffAssignBodySchema,
  StaffAssignParamsSchema,
} from '../api/forumStaff.ts';
export type { EventStaff, EventStaffMember, MyForumEvents } from '../api/forumStaff.ts';
