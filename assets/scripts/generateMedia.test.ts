/**
 * The committed demo media are what they claim: ffprobe reads the codecs, size and length of
 * every video and poster; brochures are PDFs with embedded fonts; captions are the WebVTT that
 * the catalogue's cues give; and everything stays small. Without ffprobe the probing is skipped
 * with a message, except under CI=true, where a missing ffprobe fails.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { resolveAssetPath } from '../media.ts';
import { webVtt } from './media/captions.ts';
import {
  BROCHURES,
  INFOGRAPHICS,
  VIDEO,
  VIDEOS,
  brochureFile,
  infographicFile,
  timedCues,
  videoFiles,
} from './media/catalogue.ts';
import { hasTool, runTool } from './media/tools.ts';

const underCi = process.env.CI === 'true';
const canProbe = hasTool('ffprobe');
if (!canProbe && !underCi) {
  console.warn('Skipping the ffprobe checks of assets/videos: ffprobe is not installed (ffmpeg).');
}

const ProbeSchema = z.object({
  streams: z.array(
    z.object({
      codec_type: z.string(),
      codec_name: z.string(),
      width: z.number().optional(),
      height: z.number().optional(),
    }),
  ),
  format: z.object({ duration: z.coerce.number() }),
});

async function probe(path: string): Promise<z.infer<typeof ProbeSchema>> {
  const output = await runTool('ffprobe', [
    ...['-v', 'error', '-of', 'json'],
    ...['-show_entries', 'stream=codec_type,codec_name,width,height:format=duration'],
    resolveAssetPath(path),
  ]);
  return ProbeSchema.parse(JSON.parse(output));
}

function codecs(probed: z.infer<typeof ProbeSchema>): string[] {
  return probed.streams.map((stream) => `${stream.codec_type}:${stream.codec_name}`);
}

const containers = VIDEOS.flatMap((video) => {
  const files = videoFiles(video);
  return [
    [files.webm, ['video:vp9', 'audio:opus']],
    [files.mp4, ['video:h264', 'audio:aac']],
  ] as const;
});

describe('ffprobe', () => {
  it.runIf(underCi)('is installed, since CI must check the videos', () => {
    expect(canProbe).toBe(true);
  });
});

describe.skipIf(!canProbe && !underCi)('videos', () => {
  it.each(containers)('%s holds %j, 640x360, 10–12 s long', async (path, expected) => {
    const probed = await probe(path);
    expect(codecs(probed)).toEqual(expected);
    const picture = probed.streams.find((stream) => stream.codec_type === 'video');
    expect([picture?.width, picture?.height]).toEqual([VIDEO.width, VIDEO.height]);
    expect(probed.format.duration).toBeGreaterThanOrEqual(10);
    expect(probed.format.duration).toBeLessThanOrEqual(12);
  });

  it.each(VIDEOS.map((video) => videoFiles(video).poster))(
    '%s is a 640x360 JPEG frame',
    async (path) => {
      const probed = await probe(path);
      expect(codecs(probed)).toEqual(['video:mjpeg']);
      expect([probed.streams[0]?.width, probed.streams[0]?.height]).toEqual([640, 360]);
    },
  );
});

describe('captions', () => {
  const tracks = VIDEOS.flatMap((video) =>
    (['ru', 'en'] as const).map(
      (language) => [videoFiles(video).captions[language], language, video] as const,
    ),
  );
  it.each(tracks)('%s is WebVTT with the %s cues shown on screen', (path, language, video) => {
    const text = readFileSync(resolveAssetPath(path), 'utf8');
    expect(text.startsWith('WEBVTT\n')).toBe(true);
    expect(text.match(/ --> /g)?.length).toBeGreaterThanOrEqual(3);
    expect(text).toBe(webVtt(timedCues(video), language));
  });
});

describe('materials', () => {
  it.each(BROCHURES.map((_, index) => brochureFile(index)))(
    '%s is a PDF of two or three pages with its fonts embedded',
    (path) => {
      const bytes = readFileSync(resolveAssetPath(path));
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = bytes.toString('latin1');
      const pages = text.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(3);
      expect(text).toContain('/FontFile2');
    },
  );

  it.each(INFOGRAPHICS.map((_, index) => infographicFile(index)))('%s is a PNG', (path) => {
    const bytes = readFileSync(resolveAssetPath(path));
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  });
});

describe('sizes', () => {
  const paths = [
    ...VIDEOS.flatMap((video) => {
      const files = videoFiles(video);
      return [files.webm, files.mp4, files.poster, files.captions.ru, files.captions.en];
    }),
    ...BROCHURES.map((_, index) => brochureFile(index)),
    ...INFOGRAPHICS.map((_, index) => infographicFile(index)),
  ];
  const sizes = paths.map((path) => [path, statSync(resolveAssetPath(path)).size] as const);

  it('keep every file under 400 KB and all of them under 6 MB', () => {
    expect(sizes.filter(([, size]) => size > 400 * 1024).map(([path]) => path)).toEqual([]);
    expect(sizes.reduce((total, [, size]) => total + size, 0)).toBeLessThan(6 * 1024 * 1024);
  });
});
