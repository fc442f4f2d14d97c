/** The forum schedule: events with filters, speakers, and the facets the schedule shows. */
import { z } from 'zod';
import {
  ForumEventFieldsSchema,
  ForumPhaseSchema,
  IsoDaySchema,
  SpeakerSchema,
  StageSchema,
} from '../fair/forum.ts';
import { CodeSchema, IdSchema } from '../fair/ids.ts';
import { TopicSchema } from '../fair/topic.ts';
import { LocalizedTextSchema } from '../i18n/localizedText.ts';
import { PaginationQuerySchema, SearchTextSchema, pageOf } from './common.ts';

export const EventQuerySchema = PaginationQuerySchema.extend({
  q: SearchTextSchema,
  day: IsoDaySchema.optional(),
  phase: ForumPhaseSchema.optional(),
  cluster: CodeSchema.optional(),
  stage: IdSchema.optional(),
  speaker: IdSchema.optional(),
});
export type EventQuery = z.infer<typeof EventQuerySchema>;

export const PersonRefSchema = z.object({ id: IdSchema, name: LocalizedTextSchema });
export type PersonRef = z.infer<typeof PersonRefSchema>;

/**
 * An event as the schedule lists it, with the names it needs already joined in. The
 * description stays on the event's own page: the schedule is the api's busiest response.
 */
export const EventSummarySchema = ForumEventFieldsSchema.omit({
  description: true,
  moderatorId: true,
  speakerIds: true,
}).extend({
  moderator: PersonRefSchema,
  speakers: z.array(PersonRefSchema),
});
export type EventSummary = z.infer<typeof EventSummarySchema>;
export const EventPageSchema = pageOf(EventSummarySchema);

export const EventDetailSchema = EventSummarySchema.extend({
  description: LocalizedTextSchema,
  moderator: SpeakerSchema,
  speakers: z.array(SpeakerSchema),
  stage: StageSchema,
  cluster: TopicSchema,
});
export type EventDetail = z.infer<typeof EventDetailSchema>;

export const ForumFacetsSchema = z.object({
  days: z.array(
    z.object({ day: IsoDaySchema, phase: ForumPhaseSchema, eventCount: z.number().int() }),
  ),
  clusters: z.array(TopicSchema),
  stages: z.array(StageSchema),
});
export type ForumFacets = z.infer<typeof ForumFacetsSchema>;

export const SpeakerQuerySchema = PaginationQuerySchema.extend({ q: SearchTextSchema });
export type SpeakerQuery = z.infer<typeof SpeakerQuerySchema>;
export const SpeakerPageSchema = pageOf(SpeakerSchema);

export const SpeakerDetailSchema = SpeakerSchema.extend({ events: z.array(EventSummarySchema) });
export type SpeakerDetail = z.infer<typeof SpeakerDetailSchema>;
