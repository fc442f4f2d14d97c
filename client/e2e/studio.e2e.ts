/**
 * One forum event produced in the studio, with the real stack and a real livekit-server, in
 * four browser contexts (fake camera and microphone): the producer, the moderator and a speaker
 * of ev001 (demo accounts) open /studio/ev001, and a guest viewer joins the PROGRAM room with
 * livekit-client put into a plain page. The speaker waits backstage and uploads a three-page
 * PDF (red, blue, green pages); the producer cues them, goes live, puts them on air beside
 * their slides and advances a slide: the producer's program canvas shows the slide change
 * (pixels), the speaker sees they are on air, and the viewer decodes program frames and sees
 * the new slide's colour in them. The viewer never receives anything but the one program
 * video and audio. The producer ends the event and the recording becomes ready, with a
 * chapter for the speaker. Read through the studio's probe, window.__salonStudio.
 *
 * Takes ev001 live and ends it for good: the stack's database is fresh for each run.
 */
import { ForumLiveTokenSchema, RecordingSchema, SessionSchema } from '@salon/shared';
import type * as LivekitClient from 'livekit-client';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import type { StudioProbe } from '../src/features/studio/studioProbe.ts';
import { appUrl, describeInBrowser, openPage } from './browser.ts';
import { signIn } from './standVisit.ts';

const EVENT = 'ev001';
const SPEAKER_ID = 'sp281';
const PRODUCER = 'producer@salon.example';
const MODERATOR = 'speaker.sp216@salon.example';
const SPEAKER = 'speaker.sp281@salon.example';
const UI_TIMEOUT = 45_000;
const MEDIA_TIMEOUT = 90_000;
const FLAGS = [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
];
const LIVEKIT_UMD = fileURLToPath(
  new URL('../../node_modules/livekit-client/dist/livekit-client.umd.js', import.meta.url),
);

type Rgb = [number, number, number];
const RED: Rgb = [0.9, 0.1, 0.1];
const BLUE: Rgb = [0.1, 0.2, 0.9];
const GREEN: Rgb = [0.1, 0.8, 0.2];

declare global {
  interface Window {
    LivekitClient?: typeof LivekitClient;
    __viewer?: {
      frames: () => number;
      tracks: () => Array<{ kind: string; name: string; identity: string }>;
      colour: () => Rgb | null;
    };
  }
}

/** A small PDF with one full-page colour per page, written by hand (16:9 pages). */
function colouredPdf(colours: readonly Rgb[]): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${colours.map((_, index) => `${3 + index * 2} 0 R`).join(' ')}] /Count ${colours.length} >>`,
  ];
  colours.forEach(([r, g, b], index) => {
    const content = `${r} ${g} ${b} rg 0 0 640 360 re f`;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 640 360] /Contents ${4 + index * 2} 0 R /Resources << >> >>`,
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    );
  });
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

async function api(pathname: string, init: { method?: string; token?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.token) headers['authorization'] = `Bearer ${init.token}`;
  if (init.method === 'POST') headers['content-type'] = 'application/json';
  const response = await fetch(new URL(pathname, inject('apiUrl')), {
    method: init.method ?? 'GET',
    headers,
    ...(init.method === 'POST' ? { body: '{}' } : {}),
  });
  if (!response.ok) throw new Error(`${pathname}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<unknown>;
}

/** A signed-in member of the studio, on its page. */
async function openStudio(email: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser(), '/signin', 'en');
  await signIn(opened.page, email);
  await opened.page.goto(appUrl(`/studio/${EVENT}`));
  await expect
    .poll(() => opened.page.getByTestId('studio').count(), { timeout: UI_TIMEOUT })
    .toBe(1);
  return opened;
}

let browser: () => Browser;

/** A viewer in a plain page: a guest session, a program token, livekit-client, one <video>. */
async function joinProgram(page: Page): Promise<void> {
  const guest = SessionSchema.parse(await api('/api/sessions/guest', { method: 'POST' }));
  const live = ForumLiveTokenSchema.parse(
    await api(`/api/events/${EVENT}/program-token`, { method: 'POST', token: guest.token }),
  );
  expect(live).toMatchObject({ kind: 'program', role: 'viewer', canPublish: false });
  await page.addScriptTag({ path: LIVEKIT_UMD });
  await page.evaluate(async ({ url, token }) => {
    const client = window.LivekitClient;
    if (!client) throw new Error('livekit-client did not load');
    const room = new client.Room({ adaptiveStream: false });
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.width = 640;
    video.height = 360;
    document.body.append(video);
    let frames = 0;
    const count = () => {
      frames += 1;
      video.requestVideoFrameCallback(count);
    };
    video.requestVideoFrameCallback(count);
    room.on(client.RoomEvent.TrackSubscribed, (track) => {
      if (track.kind === client.Track.Kind.Video) track.attach(video);
    });
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 36;
    window.__viewer = {
      frames: () => frames,
      tracks: () =>
        [...room.remoteParticipants.values()].flatMap((participant) =>
          [...participant.trackPublications.values()].map((publication) => ({
            kind: publication.kind,
            name: publication.trackName,
            identity: participant.identity,
          })),
        ),
      // The middle of the right part of the frame: where "speaker and slides" puts the slide.
      colour: () => {
        if (video.videoWidth === 0) return null;
        const context = canvas.getContext('2d', { willReadFrequently: true });
        if (!context) return null;
        context.drawImage(video, 0, 0, 64, 36);
        const pixels = context.getImageData(38, 14, 20, 8).data;
        let [r, g, b] = [0, 0, 0];
        for (let offset = 0; offset < pixels.length; offset += 4) {
          r += pixels[offset] ?? 0;
          g += pixels[offset + 1] ?? 0;
          b += pixels[offset + 2] ?? 0;
        }
        const count = pixels.length / 4;
        return [Math.round(r / count), Math.round(g / count), Math.round(b / count)];
      },
    };
    await room.connect(url, token);
  }, live);
}

const probe = <T>(page: Page, read: () => T) => page.evaluate(read);
const isRed = (colour: Rgb | null) => colour !== null && colour[0] > 150 && colour[2] < 100;
const isBlue = (colour: Rgb | null) => colour !== null && colour[2] > 150 && colour[0] < 100;

describeInBrowser(
  'the forum studio: backstage, on air, slides, the program and its recording',
  (launched) => {
    browser = launched;
    it.skipIf(!inject('livekitUrl'))(
      'puts a backstage speaker on air with slides, into the viewers’ program, and records it',
      async () => {
        // The speaker waits backstage and uploads their slides.
        const speaker = await openStudio(SPEAKER);
        await speaker.page.getByTestId('studio-enter').click();
        await speaker.page.getByTestId('studio-slides-input').setInputFiles({
          name: 'slides.pdf',
          mimeType: 'application/pdf',
          buffer: colouredPdf([RED, BLUE, GREEN]),
        });
        await expect
          .poll(() => speaker.page.getByTestId('studio-slides-deck').getAttribute('data-pages'), {
            timeout: UI_TIMEOUT,
          })
          .toBe('3');
        const selfStatus = speaker.page.getByTestId('studio-self-status');
        expect(await selfStatus.getAttribute('data-on-air')).toBe('false');

        const moderator = await openStudio(MODERATOR);
        await moderator.page.getByTestId('studio-enter').click();

        // The producer sees both in the rundown, and the program goes out.
        const producer = await openStudio(PRODUCER);
        const { page } = producer;
        const row = (speakerId: string) =>
          page.locator(`[data-testid="studio-rundown-row"][data-speaker="${speakerId}"]`);
        await expect
          .poll(() => row(SPEAKER_ID).getAttribute('data-connected'), { timeout: MEDIA_TIMEOUT })
          .toBe('true');
        await expect
          .poll(() => row('sp216').getAttribute('data-connected'), { timeout: MEDIA_TIMEOUT })
          .toBe('true');
        await expect
          .poll(() => probe(page, () => window.__salonStudio?.publishing()), {
            timeout: MEDIA_TIMEOUT,
          })
          .toBe('publishing');
        await expect
          .poll(() => probe(page, () => window.__salonStudio?.onAir()?.drawn), {
            timeout: MEDIA_TIMEOUT,
          })
          .toEqual(['video:moderator']);

        // A cue reaches the speaker, prominently.
        await page.getByTestId('studio-cue-to').selectOption(SPEAKER_ID);
        await page.getByTestId('studio-cue-kind').selectOption('onAirIn10s');
        await page.getByTestId('studio-cue-send').click();
        await expect
          .poll(() => speaker.page.getByTestId('studio-cue').getAttribute('data-kind'), {
            timeout: UI_TIMEOUT,
          })
          .toBe('onAirIn10s');

        // Live: a viewer joins the program room.
        await page.getByTestId('studio-go-live').click();
        await expect
          .poll(() => page.getByTestId('studio').getAttribute('data-status'), {
            timeout: UI_TIMEOUT,
          })
          .toBe('live');
        const viewer = await openPage(browser(), '/', 'en');
        await joinProgram(viewer.page);
        await expect
          .poll(() => probe(viewer.page, () => window.__viewer?.frames() ?? 0), {
            timeout: MEDIA_TIMEOUT,
          })
          .toBeGreaterThan(10);

        // On air beside the slides: the program shows the speaker and the first (red) page.
        // The layout switches when the api answers: the radio follows the studio state.
        const layout = page.getByLabel('Speaker and slides');
        await layout.click();
        await expect.poll(() => layout.isChecked(), { timeout: UI_TIMEOUT }).toBe(true);
        await row(SPEAKER_ID).getByTestId('studio-put-on-air').click();
        await expect
          .poll(() => selfStatus.getAttribute('data-on-air'), { timeout: UI_TIMEOUT })
          .toBe('true');
        await expect
          .poll(() => probe(page, () => window.__salonStudio?.onAir()?.drawn), {
            timeout: MEDIA_TIMEOUT,
          })
          .toEqual(['video:speaker', 'slide']);
        await expect
          .poll(() => probe(page, () => window.__salonStudio?.programColour('slide') ?? null), {
            timeout: UI_TIMEOUT,
          })
          .toSatisfy(isRed);

        // The next slide: blue on the producer's program, then in the viewer's frames.
        await page.getByTestId('studio-slide-next').click();
        await expect
          .poll(() => probe(page, () => window.__salonStudio?.programColour('slide') ?? null), {
            timeout: UI_TIMEOUT,
          })
          .toSatisfy(isBlue);
        await expect
          .poll(() => probe(viewer.page, () => window.__viewer?.colour() ?? null), {
            timeout: MEDIA_TIMEOUT,
          })
          .toSatisfy(isBlue);
        const decoded = await probe(viewer.page, () => window.__viewer?.frames() ?? 0);
        await expect
          .poll(() => probe(viewer.page, () => window.__viewer?.frames() ?? 0), {
            timeout: UI_TIMEOUT,
          })
          .toBeGreaterThan(decoded + 10);

        // The viewer only ever gets the program: one video and one audio, from the producer.
        const tracks = await probe(viewer.page, () => window.__viewer?.tracks() ?? []);
        expect(tracks.map((track) => `${track.kind}:${track.name}`).sort()).toEqual([
          'audio:program',
          'video:program',
        ]);
        expect(new Set(tracks.map((track) => track.identity)).size).toBe(1);

        // Recording while live; ending finishes it, with a chapter for the speaker.
        await expect
          .poll(() => probe(page, () => window.__salonStudio?.recording() ?? null), {
            timeout: UI_TIMEOUT,
          })
          .toSatisfy(
            (recording: ReturnType<StudioProbe['recording']>) =>
              recording !== null && recording.chunks > 0,
          );
        await page.getByTestId('studio-end').click();
        await page.getByTestId('studio-confirm-end').click();
        await expect
          .poll(() => probe(page, () => window.__salonStudio?.recording()?.phase), {
            timeout: MEDIA_TIMEOUT,
          })
          .toBe('ready');
        const recording = RecordingSchema.parse(await api(`/api/events/${EVENT}/recording`));
        expect(recording.status).toBe('ready');
        expect(recording.sizeBytes).toBeGreaterThan(0);
        expect(recording.chapters.map((chapter) => chapter.speaker.id)).toContain(SPEAKER_ID);
        expect(await page.getByTestId('studio-recording').getAttribute('data-status')).toBe(
          'ready',
        );
        await expect
          .poll(() => speaker.page.getByTestId('studio-ended').count(), { timeout: UI_TIMEOUT })
          .toBe(1);

        for (const opened of [producer, moderator, speaker, viewer]) {
          expect(opened.errors).toEqual([]);
          await opened.page.context().close();
        }
      },
      420_000,
    );
  },
  FLAGS,
);
