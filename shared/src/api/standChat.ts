/** Stand chat: history, posting, and hiding by the stand's staff. */
import { z } from 'zod';
import { IdSchema } from '../fair/ids.ts';
import { multiLineText } from '../i18n/plainText.ts';

export const CHAT_MESSAGE_MAX = 1000;

export const ChatPostSchema = z.object({
  body: multiLineText(CHAT_MESSAGE_MAX).pipe(z.string().min(1, 'Write a message first')),
});

export const ChatMessageSchema = z.object({
  id: IdSchema,
  exhibitorId: IdSchema,
  author: z.object({ id: z.uuid(), displayName: z.string(), isStaff: z.boolean() }),
  /** Plain text: clients render it as text, never as markup. */
  body: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  hidden: z.boolean(),
});
export type ChatMessage = z.infer<typeof ChatMessageSchema>;

export const ChatHistoryQuerySchema = z.object({
  /** Messages older than this message id (the page before); absent for the latest page. */
  before: IdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const ChatHistorySchema = z.object({
  /** Oldest first. */
  items: z.array(ChatMessageSchema),
  /** Pass as `before` for older messages; null at the beginning of the chat. */
  nextBefore: IdSchema.nullable(),
});
export type ChatHistory = z.infer<typeof ChatHistorySchema>;

export const ChatMessageParamsSchema = z.object({ exhibitorId: IdSchema, messageId: IdSchema });

/** Server-sent events of a stand's chat stream. */
export const ChatEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('message'), message: ChatMessageSchema }),
  z.object({ type: z.literal('hidden'), messageId: IdSchema }),
]);
export type ChatEvent = z.infer<typeof ChatEventSchema>;
