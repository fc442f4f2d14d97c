/**
 * The generated demo media and where each file lives, relative to the assets folder. The seed
 * refers to these paths and `generateMedia.ts` writes them, so both read them from here.
 */
import { BROCHURES } from './tables/brochures.ts';
import { INFOGRAPHICS } from './tables/infographics.ts';
import { VIDEOS, type VideoFacts } from './tables/videos.ts';

export { BROCHURES, INFOGRAPHICS, VIDEOS };
export type { VideoFacts };

export const VIDEO = { width: 640, height: 360, fps: 24, seconds: 11, posterAtSeconds: 1 } as const;

export interface VideoFiles {
  readonly webm: string;
  readonly mp4: string;
  readonly poster: string;
  readonly captions: { readonly ru: string; readonly en: string };
}

export function videoFiles(video: Pick<VideoFacts, 'id'>): VideoFiles {
  const base = `videos/${video.id}`;
  return {
    webm: `${base}.webm`,
    mp4: `${base}.mp4`,
    poster: `${base}.jpg`,
    captions: { ru: `${base}.ru.vtt`, en: `${base}.en.vtt` },
  };
}

export function brochureFile(index: number): string {
  return `materials/brochure-${index + 1}.pdf`;
}

export function infographicFile(index: number): string {
  return `materials/infographic-${index + 1}.png`;
}

export interface TimedCue {
  readonly startSeconds: number;
  readonly endSeconds: number;
  readonly ru: string;
  readonly en: string;
}

/** A video's cues spread evenly over its length, each shown until the next one starts. */
export function timedCues(video: Pick<VideoFacts, 'cues'>): TimedCue[] {
  const length = VIDEO.seconds / video.cues.length;
  return video.cues.map(([ru, en], index) => ({
    startSeconds: Math.round(index * length * 1000) / 1000,
    endSeconds: Math.round((index + 1) * length * 1000) / 1000,
    ru,
    en,
  }));
}
