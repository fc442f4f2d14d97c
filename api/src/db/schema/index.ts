/** The whole database schema, as drizzle-kit and the query builder see it. */
export { authSessions, invitations } from './accounts.ts';
export { regions, topics } from './dictionaries.ts';
export {
  exhibitorKindEnum,
  eventFormatEnum,
  facingEnum,
  forumPhaseEnum,
  layoutStatusEnum,
  programFormatEnum,
  roleEnum,
} from './enums.ts';
export { exhibitors, exhibitorTopics } from './exhibitors.ts';
export { eventSpeakers, forumEvents, speakers, stages } from './forum.ts';
export { alleys, halls, layoutVersions, screens, spawnPoints, stands } from './halls.ts';
export { competencies, programCompetencies, programs } from './university.ts';
export { users } from './users.ts';
export {
  briefcaseItems,
  chatMessages,
  filePurposeEnum,
  leads,
  materialKindEnum,
  materials,
  products,
  storedFiles,
} from './stands.ts';
export {
  localeEnum,
  scheduleItems,
  webinarFormatEnum,
  webinarStatusEnum,
  webinars,
} from './webinars.ts';
export {
  cueKindEnum,
  eventStaff,
  eventStaffRoleEnum,
  onAirLog,
  onAirModeEnum,
  recordingStatusEnum,
  recordings,
  slideDecks,
  studioLayoutEnum,
  studioStatusEnum,
  studios,
} from './studio.ts';
export {
  eventFeedback,
  forumMessageKindEnum,
  forumMessageStateEnum,
  forumMessages,
  forumVotes,
} from './forumAudience.ts';
