/**
 * The studio of a forum event as the api shows it: its state (server-authoritative, changed
 * only by the producer's routes), the inputs of those routes, its live stream of changes, the
 * public broadcast status that players and hall screens read, and LiveKit tokens for its two
 * rooms (studio: backstage; program: what viewers receive).
 */
import { z } from 'zod';
import { EventRoleSchema } from '../fair/eventRoles.ts';
import { IsoDateTimeSchema } from '../fair/forum.ts';
import { IdSchema } from '../fair/ids.ts';
import {
  CueKindSchema,
  OnAirModeSchema,
  StudioLayoutSchema,
  StudioStatusSchema,
} from '../fair/studio.ts';
import { singleLineText } from '../i18n/plainText.ts';
import { EventSummarySchema, PersonRefSchema } from './forum.ts';

export const EventParamsSchema = z.object({ eventId: IdSchema });
export const StageParamsSchema = z.object({ stageId: IdSchema });

export const SlideDeckSchema = z.object({
  speaker: PersonRefSchema,
  fileId: z.uuid(),
  /** Where the PDF is served (`/api/files/:id`). */
  url: z.string(),
  pageCount: z.number().int().min(1),
  uploadedAt: IsoDateTimeSchema,
});
export type SlideDeck = z.infer<typeof SlideDeckSchema>;
export const SlideDeckListSchema = z.object({ items: z.array(SlideDeckSchema) });
export const SlidesParamsSchema = EventParamsSchema.extend({ speakerId: IdSchema });

export const OnAirLogEntrySchema = z.object({
  /** Null when the speaker on air was taken off. */
  speaker: PersonRefSchema.nullable(),
  mode: OnAirModeSchema.nullable(),
  at: IsoDateTimeSchema,
  /** Seconds since the event went live; null for rehearsal before it. */
  atSeconds: z.number().min(0).nullable(),
});

export const StudioStateSchema = z.object({
  eventId: IdSchema,
  status: StudioStatusSchema,
  layout: StudioLayoutSchema,
  onAir: z
    .object({ speaker: PersonRefSchema, mode: OnAirModeSchema, since: IsoDateTimeSchema })
    .nullable(),
  /** The current page (from 0) of the on-air speaker's slides. */
  slideIndex: z.number().int().min(0),
  /** The on-air speaker's slides, or null when nobody is on air or they have none. */
  slides: SlideDeckSchema.nullable(),
  cue: z
    .object({
      speaker: PersonRefSchema,
      kind: CueKindSchema,
      text: z.string().nullable(),
      at: IsoDateTimeSchema,
    })
    .nullable(),
  liveAt: IsoDateTimeSchema.nullable(),
  endedAt: IsoDateTimeSchema.nullable(),
  onAirLog: z.array(OnAirLogEntrySchema),
  /** Grows with every change: a client keeps the state with the highest version it has seen. */
  version: z.number().int().min(0),
});
export type StudioState = z.infer<typeof StudioStateSchema>;

/** The studio state with the asking person's own roles at the event. */
export const StudioViewSchema = z.object({
  state: StudioStateSchema,
  myRoles: z.array(EventRoleSchema),
});

export const OnAirInputSchema = z.object({
  speakerId: IdSchema,
  mode: OnAirModeSchema.default('video'),
});
export const LayoutInputSchema = z.object({ layout: StudioLayoutSchema });
export const SlideInputSchema = z.object({ index: z.number().int().min(0).max(9999) });
export const CueInputSchema = z.object({
  speakerId: IdSchema,
  kind: CueKindSchema,
  /** Shown to the speaker as text, never as markup. */
  text: singleLineText(140).optional(),
});

/** Server-sent events of the studio stream. */
export const StudioStreamEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('state'), state: StudioStateSchema }),
  z.object({ type: z.literal('slides'), speakerId: IdSchema }),
]);
export type StudioStreamEvent = z.infer<typeof StudioStreamEventSchema>;

/** What anyone may know about an event's broadcast: for the player and the hall screens. */
export const BroadcastSchema = z.object({
  eventId: IdSchema,
  status: StudioStatusSchema,
  liveAt: IsoDateTimeSchema.nullable(),
  endedAt: IsoDateTimeSchema.nullable(),
  /** The LiveKit room of the program while live (ask `program-token` to join it). */
  programRoom: z.string().nullable(),
});
export type Broadcast = z.infer<typeof BroadcastSchema>;

export const StageLiveSchema = z.object({ event: EventSummarySchema, broadcast: BroadcastSchema });
export type StageLive = z.infer<typeof StageLiveSchema>;

/** A token for one of an event's two LiveKit rooms. */
export const ForumLiveTokenSchema = z.object({
  url: z.string(),
  token: z.string(),
  room: z.string(),
  identity: z.string(),
  kind: z.enum(['studio', 'program']),
  role: z.enum(['producer', 'moderator', 'speaker', 'viewer']),
  canPublish: z.boolean(),
  expiresAt: IsoDateTimeSchema,
});
export type ForumLiveToken = z.infer<typeof ForumLiveTokenSchema>;

/** The studio token, and for the producer also the token that publishes the program. */
export const StudioTokensSchema = z.object({
  studio: ForumLiveTokenSchema,
  program: ForumLiveTokenSchema.nullable(),
});
export type StudioTokens = z.infer<typeof StudioTokensSchema>;
