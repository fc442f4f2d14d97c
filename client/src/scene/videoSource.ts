/**
 * The source of a stand's video presentation that this browser should load: the first, in the
 * api's order of preference (webm, then mp4), that `canPlayType` does not rule out. Pure, so the
 * choice is tested without a media element.
 */

export interface VideoSourceOption {
  readonly url: string;
  readonly type: string;
}

/** HTMLMediaElement.canPlayType: '' (no), 'maybe' or 'probably'. */
export type CanPlayType = (type: string) => string;

export function chooseVideoSource<Source extends VideoSourceOption>(
  sources: readonly Source[],
  canPlayType: CanPlayType,
): Source | null {
  return sources.find((source) => source.type !== '' && canPlayType(source.type) !== '') ?? null;
}
