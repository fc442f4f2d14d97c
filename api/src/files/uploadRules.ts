/**
 * What may be uploaded for each purpose: the content types (checked from the bytes) and the
 * largest size. One table, read by the upload route and its error messages.
 */
import type { FILE_PURPOSES } from '../db/schema/stands.ts';

export type FilePurpose = (typeof FILE_PURPOSES)[number];

const MB = 1024 * 1024;
const IMAGES = ['image/png', 'image/jpeg', 'image/webp'] as const;

export const UPLOAD_RULES = {
  logo: { types: IMAGES, maxBytes: 2 * MB, describe: 'a PNG, JPEG or WebP image' },
  poster: { types: IMAGES, maxBytes: 2 * MB, describe: 'a PNG, JPEG or WebP image' },
  video: {
    types: ['video/webm', 'video/mp4'],
    maxBytes: 200 * MB,
    describe: 'a WebM or MP4 video',
  },
  captions: { types: ['text/vtt'], maxBytes: 256 * 1024, describe: 'a WebVTT captions file' },
  material: {
    types: ['application/pdf', ...IMAGES],
    maxBytes: 20 * MB,
    describe: 'a PDF document or a PNG, JPEG or WebP image',
  },
  slides: { types: ['application/pdf'], maxBytes: 20 * MB, describe: 'a PDF document' },
  /** A whole program recording, uploaded in chunks while live (a few hours at most). */
  recording: { types: ['video/webm'], maxBytes: 6 * 1024 * MB, describe: 'a WebM video' },
} as const satisfies Record<
  FilePurpose,
  { types: readonly string[]; maxBytes: number; describe: string }
>;

export const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'video/webm': 'webm',
  'video/mp4': 'mp4',
  'text/vtt': 'vtt',
  'application/pdf': 'pdf',
};

export function formatMegabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(bytes < MB ? 2 : 0)} MB`;
}
