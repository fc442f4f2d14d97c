/**
 * Renders a demo video presentation: a lavfi picture with the title and the captions' lines
 * drawn on it and a soft chord under it, as WebM (VP9 + Opus, two-pass so that it stays small)
 * and MP4 (H.264 baseline + AAC, faststart), plus a poster frame and WebVTT captions.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveAssetPath } from '../../media.ts';
import { VIDEO, timedCues, videoFiles, type VideoFacts } from './catalogue.ts';
import { webVtt } from './captions.ts';
import { createTextDrawer, drawBox, fittingSize } from './drawText.ts';
import { BITEXACT, ffmpeg, type MediaJob } from './tools.ts';

const VIDEO_KBPS = 150;
const CENTRED = '(w-text_w)/2';

function pictureFilters(video: VideoFacts, workFolder: string): string {
  const text = createTextDrawer(workFolder, video.id);
  const [titleRu, titleEn] = video.title;
  const cues = timedCues(video).flatMap((cue) => {
    const between = [cue.startSeconds, cue.endSeconds] as const;
    const box = 'black@0.55';
    return [
      text(cue.ru, { x: CENTRED, y: 276, size: 22, box, between }),
      text(cue.en, { x: CENTRED, y: 314, size: 18, box, color: 'white@0.9', between }),
    ];
  });
  return [
    'format=yuv420p',
    drawBox(0, 0, 'iw', 44, 'black@0.3'),
    drawBox(0, 96, 'iw', 132, 'black@0.35'),
    text('ММСО 2027 · MIEF 2027', { x: 16, y: 14, size: 16, color: 'white@0.85' }),
    text(titleRu, { x: CENTRED, y: 116, size: fittingSize(titleRu, 46, 600, true), bold: true }),
    text(titleEn, { x: CENTRED, y: 178, size: 28, color: 'white@0.9' }),
    ...cues,
  ].join(',');
}

/** A soft chord that breathes slowly, fading in and out. */
function chordSource(video: VideoFacts): string {
  const tones = video.chord.map((hz) => `0.06*sin(2*PI*${String(hz)}*t)`).join('+');
  return `aevalsrc=(${tones})*(0.85+0.15*sin(2*PI*0.5*t)):s=48000:c=mono`;
}

function inputs(video: VideoFacts): string[] {
  const fadeOutAt = VIDEO.seconds - 1;
  return [
    ...['-f', 'lavfi', '-i', video.source],
    ...['-f', 'lavfi', '-i', chordSource(video)],
    ...['-t', String(VIDEO.seconds), '-r', String(VIDEO.fps)],
    ...['-af', `afade=t=in:d=1,afade=t=out:st=${String(fadeOutAt)}:d=1`],
  ];
}

async function renderWebm(video: VideoFacts, output: string, workFolder: string): Promise<void> {
  const vf = ['-vf', pictureFilters(video, workFolder)];
  const vp9 = [
    ...['-c:v', 'libvpx-vp9', '-b:v', `${String(VIDEO_KBPS)}k`, '-g', '48'],
    ...['-deadline', 'good', '-cpu-used', '4', '-row-mt', '1', '-threads', '2'],
    ...['-passlogfile', join(workFolder, `${video.id}-vp9`)],
  ];
  await ffmpeg([...inputs(video), ...vf, ...vp9, '-pass', '1', '-an', '-f', 'null', '-']);
  await ffmpeg([
    ...inputs(video),
    ...vf,
    ...vp9,
    '-pass',
    '2',
    ...['-c:a', 'libopus', '-b:a', '32k', ...BITEXACT, output],
  ]);
}

async function renderMp4(video: VideoFacts, output: string, workFolder: string): Promise<void> {
  await ffmpeg([
    ...inputs(video),
    ...['-vf', pictureFilters(video, workFolder)],
    ...['-c:v', 'libx264', '-profile:v', 'baseline', '-level', '3.0', '-preset', 'medium'],
    ...['-b:v', `${String(VIDEO_KBPS)}k`, '-maxrate', '220k', '-bufsize', '300k', '-g', '48'],
    // One thread: x264's frame threads make the bytes differ from run to run.
    ...['-pix_fmt', 'yuv420p', '-threads', '1'],
    ...['-c:a', 'aac', '-b:a', '40k', '-movflags', '+faststart', ...BITEXACT, output],
  ]);
}

/** The files of one video, in an order where the poster comes after the MP4 it is taken from. */
export function videoJobs(video: VideoFacts, workFolder: string): MediaJob[] {
  const files = videoFiles(video);
  const cues = timedCues(video);
  return [
    { path: files.webm, make: (output) => renderWebm(video, output, workFolder) },
    { path: files.mp4, make: (output) => renderMp4(video, output, workFolder) },
    {
      path: files.poster,
      make: (output) =>
        ffmpeg([
          ...['-ss', String(VIDEO.posterAtSeconds), '-i', resolveAssetPath(files.mp4)],
          ...['-frames:v', '1', '-q:v', '4', ...BITEXACT, output],
        ]),
    },
    ...(['ru', 'en'] as const).map((language) => ({
      path: files.captions[language],
      make: async (output: string) => writeFileSync(output, webVtt(cues, language)),
    })),
  ];
}
