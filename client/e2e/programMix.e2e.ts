/**
 * The program's sound in real Chromium, where the studio records it: ProgramMix (bundled on the
 * spot from its source) beside a canvas's video, recorded with MediaRecorder the way the
 * studio does, with no voice in the mix at all: cameras only, as in forum-bench. Chromium's
 * MediaStreamAudioDestinationNode gives no audio frames when nothing is connected to it, and
 * a recorder with such an audio track then writes nothing; the mix's silent source is what
 * makes this recording have bytes. No stack needed beyond the browser.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { expect, it } from 'vitest';
import type { ProgramMix } from '../src/features/studio/ProgramMix.ts';
import { describeInBrowser } from './browser.ts';

declare global {
  interface Window {
    SalonProgramMix?: { ProgramMix: typeof ProgramMix };
  }
}

const ENTRY = fileURLToPath(new URL('../src/features/studio/ProgramMix.ts', import.meta.url));

/** ProgramMix as a script for a plain page, exposed as window.SalonProgramMix. */
async function bundledMix(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: ENTRY, formats: ['iife'], name: 'SalonProgramMix' },
    },
  });
  for (const bundle of Array.isArray(output) ? output : [output]) {
    if (!('output' in bundle)) continue;
    const chunk = bundle.output.find((each) => each.type === 'chunk');
    if (chunk) return chunk.code;
  }
  throw new Error('Vite did not bundle ProgramMix');
}

/** Records a moving canvas and the mix with no voice for about 3 s; the chunks' sizes. */
function recordWithoutVoices(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const exported = window.SalonProgramMix;
    if (!exported) throw new Error('ProgramMix did not load');
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 180;
    const context = canvas.getContext('2d');
    const [video] = canvas.captureStream(25).getVideoTracks();
    if (!context || !video) throw new Error('No canvas to record');
    const mix = new exported.ProgramMix();
    mix.set(new Map());
    const recorder = new MediaRecorder(new MediaStream([video, ...mix.tracks()]), {
      mimeType: 'video/webm;codecs=vp8,opus',
    });
    const sizes: number[] = [];
    recorder.addEventListener('dataavailable', (event) => sizes.push(event.data.size));
    let frame = 0;
    const draw = setInterval(() => {
      context.fillStyle = `hsl(${String((frame += 15))} 80% 50%)`;
      context.fillRect(0, 0, 320, 180);
    }, 40);
    const stopped = new Promise((resolve) => recorder.addEventListener('stop', resolve));
    recorder.start(1000);
    await new Promise((resolve) => setTimeout(resolve, 3200));
    recorder.stop();
    await stopped;
    clearInterval(draw);
    mix.close();
    return sizes;
  });
}

describeInBrowser(
  'the program mix',
  (browser) => {
    it('lets a program with no voice on air be recorded, chunk by chunk, with bytes', async () => {
      const page = await (await browser().newContext()).newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addScriptTag({ content: await bundledMix() });
      const sizes = await recordWithoutVoices(page);
      // A chunk a second while recording, each with data, not one empty chunk at the stop.
      expect(sizes.length).toBeGreaterThanOrEqual(3);
      expect(sizes.slice(0, 3).every((size) => size > 0)).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  },
  ['--autoplay-policy=no-user-gesture-required'],
);
