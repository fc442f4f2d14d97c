/** Webinars as data, live-room tokens and the host's controls, and each person's schedule. */
import { z } from 'zod';
import { CodeSchema, IdSchema } from '../fair/ids.ts';
import { IsoDateTimeSchema } from '../fair/forum.ts';
import {
  DEFAULT_WEBINAR_FORMAT,
  WEBINAR_MINUTES,
  WebinarFormatSchema,
  WebinarSchema,
  WebinarStatusSchema,
} from '../fair/webinar.ts';
import { LocaleSchema, LocalizedTextSchema } from '../i18n/localizedText.ts';
import { PaginationQuerySchema, pageOf } from './common.ts';
import { EventSummarySchema } from './forum.ts';

const WebinarFieldsSchema = z.object({
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  startsAt: IsoDateTimeSchema,
  durationMinutes: z.number().int().min(WEBINAR_MINUTES.min).max(WEBINAR_MINUTES.max),
  language: LocaleSchema,
  format: WebinarFormatSchema,
});

/** Scheduling a webinar: without a format it is a webinar, not a master class. */
export const WebinarInputSchema = WebinarFieldsSchema.extend({
  format: WebinarFormatSchema.default(DEFAULT_WEBINAR_FORMAT),
});
export type WebinarInput = z.infer<typeof WebinarInputSchema>;

/**
 * Changing a scheduled webinar: only the fields sent. Built from the fields without the
 * default, since zod fills a default even inside `.partial()`, and a change of the start would
 * then turn a master class back into a webinar.
 */
export const WebinarUpdateSchema = WebinarFieldsSchema.partial().refine(
  (update) => Object.keys(update).length > 0,
  'Send at least one field to change',
);
export type WebinarUpdate = z.infer<typeof WebinarUpdateSchema>;

export const WebinarParamsSchema = z.object({ webinarId: z.uuid('Use the id of a webinar') });
export const StandWebinarParamsSchema = z.object({ exhibitorId: IdSchema, webinarId: z.uuid() });

export const WebinarQuerySchema = PaginationQuerySchema.extend({
  from: IsoDateTimeSchema.optional(),
  to: IsoDateTimeSchema.optional(),
  topic: CodeSchema.optional(),
  status: WebinarStatusSchema.optional(),
});
export type WebinarQuery = z.infer<typeof WebinarQuerySchema>;
export const WebinarPageSchema = pageOf(WebinarSchema);
export const WebinarListSchema = z.object({ items: z.array(WebinarSchema) });

/** What a client needs to join a webinar's room, with the grants its role allows. */
export const LiveTokenSchema = z.object({
  url: z.string(),
  token: z.string(),
  room: z.string(),
  identity: z.string(),
  role: z.enum(['host', 'viewer']),
  expiresAt: IsoDateTimeSchema,
});
export type LiveToken = z.infer<typeof LiveTokenSchema>;

export const LiveStateSchema = z.object({ live: z.boolean() });
export const HandSchema = z.object({ raised: z.boolean() });
export const StageChangeSchema = z.object({ identity: z.uuid(), onStage: z.boolean() });

export const ScheduleAddSchema = z.union([
  z.object({ webinarId: z.uuid() }),
  z.object({ eventId: IdSchema }),
]);
export type ScheduleAdd = z.infer<typeof ScheduleAddSchema>;
export const ScheduleItemSchema = z.object({
  id: z.uuid(),
  addedAt: IsoDateTimeSchema,
  webinar: WebinarSchema.nullable(),
  event: EventSummarySchema.nullable(),
});
export type ScheduleItem = z.infer<typeof ScheduleItemSchema>;
export const ScheduleSchema = z.object({ items: z.array(ScheduleItemSchema) });
export const ScheduleItemParamsSchema = z.object({ itemId: z.uuid() });
