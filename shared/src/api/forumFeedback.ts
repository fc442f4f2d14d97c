/** Viewers' ratings of an event after it ends, and the results organisers read. */
import { z } from 'zod';
import { IsoDateTimeSchema } from '../fair/forum.ts';
import { IdSchema } from '../fair/ids.ts';
import { multiLineText } from '../i18n/plainText.ts';
import { pageOf } from './common.ts';

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
