/** @salon/shared: the public API of the pure domain package. Named exports only. */

export { LOCALES, LocaleSchema, LocalizedTextSchema } from './i18n/localizedText.ts';
export type { Locale, LocalizedText } from './i18n/localizedText.ts';
export { multiLineText, singleLineText } from './i18n/plainText.ts';

export { CodeSchema, IdSchema } from './fair/ids.ts';
export type { Code, Id } from './fair/ids.ts';
export { ROLES, RoleSchema, can, canOnStand } from './fair/roles.ts';
export type { Action, Role, StandAction } from './fair/roles.ts';
export {
  ASSIGNED_EVENT_ROLES,
  AssignedEventRoleSchema,
  EVENT_ROLES,
  EventRoleSchema,
  canOnEvent,
  eventRolesOf,
} from './fair/eventRoles.ts';
export type { AssignedEventRole, EventAction, EventRole } from './fair/eventRoles.ts';
export {
  CUE_KINDS,
  CueKindSchema,
  ON_AIR_MODES,
  OnAirModeSchema,
  STUDIO_LAYOUTS,
  STUDIO_STATUSES,
  STUDIO_TRANSITIONS,
  StudioLayoutSchema,
  StudioStatusSchema,
  canMoveStudio,
  chaptersOf,
  isEventOver,
  secondsInto,
} from './fair/studio.ts';
export type { CueKind, OnAirEntry, OnAirMode, StudioLayout, StudioStatus } from './fair/studio.ts';
export {
  FORUM_MESSAGE_KINDS,
  FORUM_MESSAGE_STATES,
  ForumMessageKindSchema,
  ForumMessageStateSchema,
  INITIAL_MESSAGE_STATE,
  MODERATION_ACTIONS,
  ModerationActionSchema,
  PUBLIC_MESSAGE_STATES,
  canVoteOn,
  isPublicState,
  moderate,
} from './fair/forumChat.ts';
export type { ForumMessageKind, ForumMessageState, ModerationAction } from './fair/forumChat.ts';
export { avatarColor } from './fair/avatarColor.ts';
export {
  DEFAULT_WEBINAR_FORMAT,
  WEBINAR_FORMATS,
  WEBINAR_MINUTES,
  WEBINAR_STATUSES,
  WebinarFormatSchema,
  WebinarSchema,
  WebinarStatusSchema,
} from './fair/webinar.ts';
export type { Webinar, WebinarFormat, WebinarStatus } from './fair/webinar.ts';
export {
  MATERIAL_KINDS,
  MaterialKindSchema,
  MaterialSchema,
  ProductSchema,
  StaffMemberSchema,
  StandVideoSchema,
} from './fair/stand.ts';
export type { Material, MaterialKind, Product, StaffMember, StandVideo } from './fair/stand.ts';
export { RegionSchema } from './fair/region.ts';
export type { Region } from './fair/region.ts';
export { TopicSchema } from './fair/topic.ts';
export type { Topic } from './fair/topic.ts';
export {
  EXHIBITOR_KINDS,
  ExhibitorContactsSchema,
  ExhibitorKindSchema,
  ExhibitorSchema,
  HexColorSchema,
} from './fair/exhibitor.ts';
export type { Exhibitor, ExhibitorContacts, ExhibitorKind } from './fair/exhibitor.ts';
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
} from './fair/forum.ts';
export type { EventFormat, ForumEvent, ForumPhase, Speaker, Stage } from './fair/forum.ts';
export {
  CompetencySchema,
  PROGRAM_FORMATS,
  PROGRAM_HOURS,
  ProgramFormatSchema,
  ProgramHoursSchema,
  ProgramSchema,
} from './fair/university.ts';
export type { Competency, Program, ProgramFormat } from './fair/university.ts';

export { aabbContains, aabbContainsPoint, aabbFromCenter, aabbOverlap } from './geometry/aabb.ts';
export type { Aabb } from './geometry/aabb.ts';
export { closestPoint, distanceToSegment } from './geometry/segment.ts';
export type { Segment } from './geometry/segment.ts';
export { distance, vec2 } from './geometry/vec2.ts';
export type { Vec2 } from './geometry/vec2.ts';

export {
  AlleySchema,
  FACINGS,
  FacingSchema,
  HallFloorSchema,
  HallLayoutSchema,
  HallSchema,
  PointSchema,
  ScreenSchema,
  SpawnPointSchema,
  StandSchema,
} from './hall/hallLayout.ts';
export type {
  Alley,
  Facing,
  Hall,
  HallFloor,
  HallLayout,
  Screen,
  SpawnPoint,
  Stand,
} from './hall/hallLayout.ts';
export { LAYOUT_ISSUE_CODES, LayoutIssueSchema } from './hall/layoutIssue.ts';
export type { LayoutIssue, LayoutIssueCode } from './hall/layoutIssue.ts';
export { standBox, standEntrance } from './hall/standGeometry.ts';
export { buildAlleyGraph, snapToAlleys } from './hall/alleyGraph.ts';
export type { AlleyGraph, AlleySnap } from './hall/alleyGraph.ts';
export { findPath } from './hall/findPath.ts';
export type { PathResult } from './hall/findPath.ts';
export { validateLayout } from './hall/validateLayout.ts';
export { nearestStand } from './hall/nearestStand.ts';

export {
  MOVEMENT,
  POSITION_QUANTUM,
  TICK_SECONDS,
  dequantize,
  dequantizeHeading,
  quantize,
  quantizeHeading,
} from './movement/movementRules.ts';
export { buildCollisionWorld } from './movement/collisionWorld.ts';
export type { CollisionWorld } from './movement/collisionWorld.ts';
export { collide, isWalkable } from './movement/collide.ts';
export { isMoving, stepAvatar } from './movement/stepAvatar.ts';
export type { Motion, MotionIntent } from './movement/stepAvatar.ts';

export {
  AVATAR_STATES,
  HALL_CLOSE_CODES,
  HALL_MESSAGES,
  HALL_ROOM,
  HallJoinOptionsSchema,
} from './protocol/hallProtocol.ts';
export type {
  AvatarState,
  HallJoinOptions,
  HallMessage,
  HallMessageType,
} from './protocol/hallProtocol.ts';

export {
  IdParamsSchema,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  PaginationQuerySchema,
  ProblemSchema,
  SearchTextSchema,
  pageOf,
} from './api/common.ts';
export type { Page, PaginationQuery, Problem } from './api/common.ts';
export {
  CompetencyListSchema,
  HealthSchema,
  RegionListSchema,
  TopicListSchema,
} from './api/dictionaries.ts';
export type { Health } from './api/dictionaries.ts';
export {
  ExhibitorDetailSchema,
  ExhibitorPageSchema,
  ExhibitorQuerySchema,
  ExhibitorSummarySchema,
  StandLocationSchema,
} from './api/exhibitors.ts';
export type {
  ExhibitorDetail,
  ExhibitorQuery,
  ExhibitorSummary,
  StandLocation,
} from './api/exhibitors.ts';
export {
  HallListSchema,
  HallParamsSchema,
  HallSummarySchema,
  PublishedLayoutSchema,
  ValidateLayoutBodySchema,
  ValidateLayoutResultSchema,
} from './api/halls.ts';
export type { HallSummary, PublishedLayout } from './api/halls.ts';
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
} from './api/forum.ts';
export type {
  EventDetail,
  EventQuery,
  EventSummary,
  ForumFacets,
  PersonRef,
  SpeakerDetail,
  SpeakerQuery,
} from './api/forum.ts';
export { ProgramPageSchema, ProgramQuerySchema } from './api/university.ts';
export {
  DisplayNameSchema,
  GuestSessionBodySchema,
  SessionClaimsSchema,
  SessionSchema,
  SessionUserSchema,
} from './api/sessions.ts';
export type { GuestSessionBody, Session, SessionClaims, SessionUser } from './api/sessions.ts';
export type { ProgramQuery } from './api/university.ts';
export {
  AcceptInvitationBodySchema,
  EmailSchema,
  InvitationBodySchema,
  InvitationSchema,
  InvitationTokenParamsSchema,
  PasswordSchema,
  RegisterBodySchema,
  SignInBodySchema,
} from './api/accounts.ts';
export type { Invitation, RegisterBody, SignInBody } from './api/accounts.ts';
export {
  ExhibitorCreateSchema,
  ExhibitorCreatedSchema,
  NEW_STAND_LINKS_MAX,
} from './api/exhibitorCreate.ts';
export type { ExhibitorCreate, ExhibitorCreated } from './api/exhibitorCreate.ts';
export {
  LINK_URL_MAX,
  LinkMaterialInputSchema,
  MaterialParamsSchema,
  PRODUCTS_MAX,
  ProductInputSchema,
  ProductListInputSchema,
  StaffDutySchema,
  StaffParamsSchema,
  StandDetailSchema,
  StandParamsSchema,
  StandUpdateSchema,
} from './api/stands.ts';
export type { StandDetail, StandUpdate } from './api/stands.ts';
export {
  BriefcaseAddSchema,
  BriefcaseItemParamsSchema,
  BriefcaseItemSchema,
  BriefcasePageSchema,
  BriefcaseQuerySchema,
} from './api/briefcase.ts';
export type {
  BriefcaseAdd,
  BriefcaseItem,
  BriefcasePage,
  BriefcaseQuery,
} from './api/briefcase.ts';
export {
  CHAT_MESSAGE_MAX,
  ChatEventSchema,
  ChatHistoryQuerySchema,
  ChatHistorySchema,
  ChatMessageParamsSchema,
  ChatMessageSchema,
  ChatPostSchema,
} from './api/standChat.ts';
export type { ChatEvent, ChatHistory, ChatMessage } from './api/standChat.ts';
export { LeadListSchema, LeadSchema, LeaveContactsSchema } from './api/leads.ts';
export type { Lead, LeaveContacts } from './api/leads.ts';
export {
  HandSchema,
  LiveStateSchema,
  LiveTokenSchema,
  ScheduleAddSchema,
  ScheduleItemParamsSchema,
  ScheduleItemSchema,
  ScheduleSchema,
  StageChangeSchema,
  StandWebinarParamsSchema,
  WebinarInputSchema,
  WebinarListSchema,
  WebinarPageSchema,
  WebinarParamsSchema,
  WebinarQuerySchema,
  WebinarUpdateSchema,
} from './api/webinars.ts';
export type {
  LiveToken,
  ScheduleAdd,
  ScheduleItem,
  WebinarInput,
  WebinarQuery,
  WebinarUpdate,
} from './api/webinars.ts';
export {
  BroadcastSchema,
  CueInputSchema,
  EventParamsSchema,
  ForumLiveTokenSchema,
  LayoutInputSchema,
  OnAirInputSchema,
  OnAirLogEntrySchema,
  SlideDeckListSchema,
  SlideDeckSchema,
  SlideInputSchema,
  SlidesParamsSchema,
  StageLiveSchema,
  StageParamsSchema,
  StudioStateSchema,
  StudioStreamEventSchema,
  StudioTokensSchema,
  StudioViewSchema,
} from './api/forumStudio.ts';
export type {
  Broadcast,
  ForumLiveToken,
  SlideDeck,
  StageLive,
  StudioState,
  StudioStreamEvent,
  StudioTokens,
} from './api/forumStudio.ts';
export {
  EventStaffMemberSchema,
  EventStaffSchema,
  MyForumEventsSchema,
  StaffAssignBodySchema,
  StaffAssignParamsSchema,
} from './api/forumStaff.ts';
export type { EventStaff, EventStaffMember, MyForumEvents } from './api/forumStaff.ts';
export {
  ChapterSchema,
  RECORDING_STATUSES,
  RecordingChunkQuerySchema,
  RecordingChunkReceiptSchema,
  RecordingSchema,
  RecordingStatusSchema,
} from './api/forumRecording.ts';
export type {
  Chapter,
  Recording,
  RecordingChunkReceipt,
  RecordingStatus,
} from './api/forumRecording.ts';
export {
  FORUM_MESSAGE_MAX,
  ForumChatEventSchema,
  ForumChatHistorySchema,
  ForumChatPostSchema,
  ForumChatQuerySchema,
  ForumMessageParamsSchema,
  ForumMessageSchema,
  ForumVoteSchema,
  ModerationBodySchema,
  ModerationParamsSchema,
} from './api/forumChat.ts';
export type {
  ForumChatEvent,
  ForumChatHistory,
  ForumChatPost,
  ForumChatQuery,
  ForumMessage,
  ForumVote,
} from './api/forumChat.ts';
export {
  EventFeedbackSummarySchema,
  FEEDBACK_RATINGS,
  FeedbackCommentSchema,
  FeedbackInputSchema,
  FeedbackOverviewQuerySchema,
  FeedbackOverviewSchema,
  FeedbackResultsSchema,
  FeedbackSchema,
} from './api/forumFeedback.ts';
export type {
  EventFeedbackSummary,
  Feedback,
  FeedbackInput,
  FeedbackOverviewQuery,
  FeedbackResults,
} from './api/forumFeedback.ts';
