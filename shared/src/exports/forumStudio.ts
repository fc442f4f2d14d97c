/** A forum event on air: the studio, its broadcast and slides, and the recording with chapters. */

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
} from '../fair/studio.ts';
export type { CueKind, OnAirEntry, OnAirMode, StudioLayout, StudioStatus } from '../fair/studio.ts';
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
} from '../api/forumStudio.ts';
export type {
  Broadcast,
  ForumLiveToken,
  SlideDeck,
  StageLive,
  StudioState,
  StudioStreamEvent,
  StudioTokens,
} from '../api/forumStudio.ts';
export {
  ChapterSchema,
  RECORDING_STATUSES,
  RecordingChunkQuerySchema,
  RecordingChunkReceiptSchema,
  RecordingSchema,
  RecordingStatusSchema,
} from '../api/forumRecording.ts';
export type {
  Chapter,
  Recording,
  RecordingChunkReceipt,
  RecordingStatus,
} from '../api/forumRecording.ts';
