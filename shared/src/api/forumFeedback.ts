/** Viewers' ratings of an event after it ends, and the results organisers read. */
import { z } from 'zod';
import { IsoDateTimeSchema } from '../fair/forum.ts';
import { IdSchema } from '../fair/ids.ts';
import { multiLineText } from '../i18n/plainText.ts';
import { PaginationQuerySchema, SearchTextSchema, pageOf } from './common.ts';
import { EventSummarySchema } from './forum.ts';

export const FEEDBACK_RATINGS = [1, 2, 3, 4, 5] as const;

export const FeedbackInputSchema = z.object({
  rating: z.number().int().min(1).max(5),
  /** Optional; an empty comment is no comment. */
  comment: multiLineText(2000)
    .transform((text) => (text === '' ? null : text))
    .nullable()
    .default(null),
});
export type FeedbackInput = z.infer<typeof FeedbackInputSchema>;

export const FeedbackSchema = z.object({
  eventId: IdSchema,
  rating: z.number().int().min(1).max(5),
  comment: z.string().nullable(),
  updatedAt: IsoDateTimeSchema,
});
export type Feedback = z.infer<typeof FeedbackSchema>;

export const FeedbackCommentSchema = z.object({
  rating: z.number().int().min(1).max(5),
  comment: z.string(),
  authorName: z.string(),
  updatedAt: IsoDateTimeSchema,
});

export const FeedbackResultsSchema = z.object({
  eventId: IdSchema,
  count: z.number().int().min(0),
  /** Null while nobody has rated the event. */
  average: z.number().min(1).max(5).nullable(),
  /** How many gave each rating, from 1 to 5. */
  distribution: z.array(z.object({ rating: z.number().int(), count: z.number().int().min(0) })),
  /** Ratings with a comment, newest first. */
  comments: pageOf(FeedbackCommentSchema),
});
export type FeedbackResults = z.infer<typeof FeedbackResultsSchema>;

/** The organisers' overview: the rated events, most recently rated first, searchable by title. */
export const FeedbackOverviewQuerySchema = PaginationQuerySchema.extend({ q: SearchTextSchema });
export type FeedbackOverviewQuery = z.infer<typeof FeedbackOverviewQuerySchema>;

export const EventFeedbackSummarySchema = z.object({
  event: EventSummarySchema,
  count: z.number().int().min(1),
  average: z.number().min(1).max(5),
  commentCount: z.number().int().min(0),
});
export type EventFeedbackSummary = z.infer<typeof EventFeedbackSummarySchema>;
export const FeedbackOverviewSchema = pageOf(EventFeedbackSummarySchema);
