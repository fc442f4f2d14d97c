/** What a forum event's audience says: the chat with its votes and moderation, and feedback. */

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
} from '../fair/forumChat.ts';
export type { ForumMessageKind, ForumMessageState, ModerationAction } from '../fair/forumChat.ts';
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
} from '../api/forumChat.ts';
export type {
  ForumChatEvent,
  ForumChatHistory,
  ForumChatPost,
  ForumChatQuery,
  ForumMessage,
  ForumVote,
} from '../api/forumChat.ts';
export {
  EventFeedbackSummarySchema,
  FEEDBACK_RATINGS,
  FeedbackCommentSchema,
  FeedbackInputSchema,
  FeedbackOverviewQuerySchema,
  FeedbackOverviewSchema,
  FeedbackResultsSchema,
  FeedbackSchema,
} from '../api/forumFeedback.ts';
export type {
  EventFeedbackSummary,
  Feedback,
  FeedbackInput,
  FeedbackOverviewQuery,
  FeedbackResults,
} from '../api/forumFeedback.ts';
