/**
 * Helpers for the full forum event's browser test: a hand-written PDF of coloured pages (the
 * speaker's slides), a studio member signed in on /studio/:eventId, what a viewer's browser
 * receives over WebRTC (counted from its peer connections' statistics, so the real player needs
 * no probe of its own), and what the viewer's program <video> shows (frames decoded, average
 * colours of the places the program layouts give the moderator, the speaker and the slide).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { appUrl, openPage } from './browser.ts';
import { signIn } from './standVisit.ts';

export type Rgb = [number, number, number];
export const RED: Rgb = [0.9, 0.1, 0.1];
export const BLUE: Rgb = [0.1, 0.2, 0.9];
export const GREEN: Rgb = [0.1, 0.8, 0.2];

/** A small PDF with one full-page colour per page, written by hand (16:9 pages). */
export function colouredPdf(colours: readonly Rgb[]): Buffer {
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

/** A signed-in member of the event's studio, on its page. */
export async function openStudio(
  browser: Browser,
  eventId: string,
  email: string,
): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, '/signin', 'en');
  await watchPeerConnections(opened.page.context());
  await signIn(opened.page, email);
  await opened.page.goto(appUrl(`/studio/${eventId}`));
  await expect
    .poll(() => opened.page.getByTestId('studio').count(), { timeout: 45_000, interval: 250 })
    .toBe(1);
  return opened;
}

declare global {
  interface Window {
    __salonPeers?: RTCPeerConnection[];
  }
}

/** Keeps every RTCPeerConnection the context's pages make, for `receivedMedia`. */
export async function watchPeerConnections(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    const peers: RTCPeerConnection[] = [];
    window.__salonPeers = peers;
    window.RTCPeerConnection = class extends Native {
      constructor(configuration?: RTCConfiguration) {
        super(configuration);
        peers.push(this);
      }
    };
  });
}

/** How many audio and video streams the page has received bytes of, over all its connections. */
export function receivedMedia(page: Page): Promise<{ audio: number; video: number }> {
  return page.evaluate(async () => {
    const received = { audio: 0, video: 0 };
    for (const peer of window.__salonPeers ?? []) {
      if (peer.connectionState === 'closed') continue;
      const stats = await peer.getStats();
      stats.forEach((report: { type: string; kind?: string; bytesReceived?: number }) => {
        if (report.type !== 'inbound-rtp' || (report.bytesReceived ?? 0) === 0) return;
        if (report.kind === 'audio' || report.kind === 'video') received[report.kind] += 1;
      });
    }
    return received;
  });
}

/**
 * The simulcast layers of each video the page sends: what the producer's program offers, so
 * that a hall screen or a phone can take a small one instead of decoding 720p.
 */
export function sentVideoLayers(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    (window.__salonPeers ?? [])
      .filter((peer) => peer.connectionState !== 'closed')
      .flatMap((peer) => peer.getSenders())
      .filter((sender) => sender.track?.kind === 'video' && sender.track.readyState === 'live')
      .map((sender) => sender.getParameters().encodings.length),
  );
}

/**
 * Places on the program frame (x, y, width, height as fractions of it), from programLayout's
 * geometry: `top` is above the left picture when two things share the frame (background then),
 * in both "moderator and speaker" and "speaker and slides"; `left` and `right` are the
 * moderator's and the speaker's pictures in "moderator and speaker"; `aside` is the speaker's
 * picture and `slide` the slide in "speaker and slides". "Moderator alone" fills them all.
 */
const PLACES = {
  top: [0.05, 0.02, 0.2, 0.1],
  left: [0.15, 0.4, 0.2, 0.2],
  right: [0.65, 0.4, 0.2, 0.2],
  aside: [0.08, 0.42, 0.16, 0.16],
  slide: [0.6, 0.39, 0.3, 0.22],
} as const satisfies Record<string, readonly [number, number, number, number]>;

export type ProgramPlace = keyof typeof PLACES;

export interface ProgramPicture {
  /** Frames the viewer's program <video> has decoded so far. */
  frames: number;
  colours: Record<ProgramPlace, Rgb>;
}

/** What the viewer's program player shows now, or null while it has no picture. */
export function programPicture(page: Page): Promise<ProgramPicture | null> {
  return page.evaluate((places) => {
    const video = document.querySelector<HTMLVideoElement>('[data-testid="program-video"]');
    if (!video || video.videoWidth === 0) return null;
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 36;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return null;
    context.drawImage(video, 0, 0, 64, 36);
    const average = ([x, y, w, h]: readonly number[]): [number, number, number] => {
      const pixels = context.getImageData(
        Math.round((x ?? 0) * 64),
        Math.round((y ?? 0) * 36),
        Math.max(1, Math.round((w ?? 0) * 64)),
        Math.max(1, Math.round((h ?? 0) * 36)),
      ).data;
      const sum = [0, 0, 0];
      for (let offset = 0; offset < pixels.length; offset += 4) {
        for (let channel = 0; channel < 3; channel += 1) {
          sum[channel] = (sum[channel] ?? 0) + (pixels[offset + channel] ?? 0);
        }
      }
      const count = pixels.length / 4;
      return [sum[0] ?? 0, sum[1] ?? 0, sum[2] ?? 0].map((value) => Math.round(value / count)) as [
        number,
        number,
        number,
      ];
    };
    const colours = Object.fromEntries(
      Object.entries(places).map(([place, rect]) => [place, average(rect)]),
    ) as Record<keyof typeof places, [number, number, number]>;
    return { frames: video.getVideoPlaybackQuality().totalVideoFrames, colours };
  }, PLACES);
}

/** Chromium's fake camera: a green picture with a brighter green "pacman" in the middle. */
export const isCamera = (colour: Rgb | null) =>
  colour !== null && colour[1] > 100 && colour[0] < 90 && colour[2] < 90;
/** The program's background (#101820) where no picture is drawn. */
export const isBackground = (colour: Rgb | null) => colour !== null && Math.max(...colour) < 70;
export const isRed = (colour: Rgb | null) => colour !== null && colour[0] > 150 && colour[2] < 100;
export const isBlue = (colour: Rgb | null) => colour !== null && colour[2] > 150 && colour[0] < 100;
