/**
 * The moderated chat of a forum event: history (public, or the staff's moderation view with
 * pending questions), posting, voting, moderation, and the events of its two live streams.
 */
import { z } from 'zod';
import {
  ForumMessageKindSchema,
  ForumMessageStateSchema,
  ModerationActionSchema,
} from '../fair/forumChat.ts';
import { IdSchema } from '../fair/ids.ts';
import { multiLineText } from '../i18n/plainText.ts';
import { BroadcastSchema } from './forumStudio.ts';
import { RecordingStatusSchema } from './forumRecording.ts';

export const FORUM_MESSAGE_MAX = 1000;

export const ForumMessageSchema = z.object({
  id: z.uuid(),
  eventId: IdSchema,
  kind: ForumMessageKindSchema,
  state: ForumMessageStateSchema,
  author: z.object({ id: z.uuid(), displayName: z.string(), isStaff: z.boolean() }),
  /** Plain text: clients render it as text, never as markup. */
  body: z.string(),
  votes: z.number().int().min(0),
  /** For an answered question: where the answer is in the recording (seconds since live). */
  answeredAtSeconds: z.number().min(0).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type ForumMessage = z.infer<typeof ForumMessageSchema>;

export const ForumChatPostSchema = z.object({
  kind: ForumMessageKindSchema,
  body: multiLineText(FORUM_MESSAGE_MAX).pipe(z.string().min(1, 'Write a message first')),
});
export type ForumChatPost = z.infer<typeof ForumChatPostSchema>;

export const ForumChatQuerySchema = z.object({
  /** Messages older than this one (the page before); absent for the latest page. */
  before: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** `moderation`: every message, pending ones too (the event's chat staff only). */
  view: z.enum(['public', 'moderation']).default('public'),
  kind: ForumMessageKindSchema.optional(),
  state: ForumMessageStateSchema.optional(),
});
export type ForumChatQuery = z.infer<typeof ForumChatQuerySchema>;

export const ForumChatHistorySchema = z.object({
  /** Oldest first. */
  items: z.array(ForumMessageSchema),
  /** Pass as `before` for older messages; null at the beginning of the chat. */
  nextBefore: z.uuid().nullable(),
  /** Questions on this page the asking person voted for. */
  myVotes: z.array(z.uuid()),
});
export type ForumChatHistory = z.infer<typeof ForumChatHistorySchema>;

export const ForumMessageParamsSchema = z.object({ eventId: IdSchema, messageId: z.uuid() });
export const ModerationParamsSchema = ForumMessageParamsSchema.extend({
  action: ModerationActionSchema,
});
/** For `answer`: where in the recording the answer is; by default, now. No body is fine too. */
export const ModerationBodySchema = z
  .object({
    atSeconds: z
      .number()
      .min(0)
      .max(24 * 3600)
      .optional(),
  })
  .nullish();

export const ForumVoteSchema = z.object({
  messageId: z.uuid(),
  votes: z.number().int().min(0),
  votedByMe: z.boolean(),
});
export type ForumVote = z.infer<typeof ForumVoteSchema>;

/**
 * Server-sent events of an event's chat streams. `message` adds a message or replaces the one
 * with its id; `removed` takes one away (rejected, hidden). The public stream also says when the
 * broadcast starts and ends and when the recording is ready.
 */
export const ForumChatEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('message'), message: ForumMessageSchema }),
  z.object({ type: z.literal('removed'), messageId: z.uuid() }),
  z.object({ type: z.literal('votes'), messageId: z.uuid(), votes: z.number().int().min(0) }),
  z.object({ type: z.literal('broadcast'), broadcast: BroadcastSchema }),
  z.object({ type: z.literal('recording'), status: RecordingStatusSchema }),
]);
export type ForumChatEvent = z.infer<typeof ForumChatEventSchema>;
