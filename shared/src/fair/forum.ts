/**
 * The forum ("MIEF stream"): stages, speakers and events produced like radio broadcasts.
 * Times are ISO 8601 with an offset; `day` is the local (Moscow) calendar day of the start.
 */
import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n/localizedText.ts';
import { CodeSchema, IdSchema } from './ids.ts';

export const FORUM_PHASES = ['main', 'continuation'] as const;
export const ForumPhaseSchema = z.enum(FORUM_PHASES);
export type ForumPhase = z.infer<typeof ForumPhaseSchema>;

export const EVENT_FORMATS = ['panel', 'talk', 'masterClass', 'regionalCase', 'interview'] as const;
export const EventFormatSchema = z.enum(EVENT_FORMATS);
export type EventFormat = z.infer<typeof EventFormatSchema>;

export const IsoDaySchema = z.iso.date();
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

export const StageSchema = z.object({
  id: IdSchema,
  name: LocalizedTextSchema,
});
export type Stage = z.infer<typeof StageSchema>;

export const SpeakerSchema = z.object({
  id: IdSchema,
  name: LocalizedTextSchema,
  position: LocalizedTextSchema,
  organisation: LocalizedTextSchema,
  regionCode: CodeSchema.nullable(),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

/** The fields of an event, for schemas derived from it; `ForumEventSchema` adds the checks. */
export const ForumEventFieldsSchema = z.object({
  id: IdSchema,
  phase: ForumPhaseSchema,
  day: IsoDaySchema,
  clusterCode: CodeSchema,
  stageId: IdSchema,
  format: EventFormatSchema,
  startsAt: IsoDateTimeSchema,
  endsAt: IsoDateTimeSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  moderatorId: IdSchema,
  speakerIds: z.array(IdSchema).max(12),
});

export const ForumEventSchema = ForumEventFieldsSchema.refine(
  (event) => Date.parse(event.endsAt) > Date.parse(event.startsAt),
  { message: 'An event must end after it starts', path: ['endsAt'] },
);
export type ForumEvent = z.infer<typeof ForumEventSchema>;
