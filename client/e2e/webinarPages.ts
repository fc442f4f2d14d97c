/**
 * Steps and readings the live-webinar browser tests share: a Chromium of its own for each
 * person (a separate browser process, with fake camera and microphone), the host's way from the
 * dashboard to the console, and what a page sends and receives, read from its own
 * RTCPeerConnections (collected by an init script; the app is not touched) and from its <video>
 * elements' decoded frames.
 */
import { chromium as playwright, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { appUrl, CHROMIUM_FLAGS, FAKE_MEDIA_FLAGS, openPage } from './browser.ts';
import { STAFF_E001, signIn } from './standVisit.ts';

export const MEDIA_TIMEOUT = 45_000;

declare global {
  interface Window {
    __peerConnections?: RTCPeerConnection[];
  }
}

/** A Chromium process of its own with a fake camera and microphone. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = inject('chromium');
  if (!executablePath) throw new Error('No Chromium: the global setup said why');
  return playwright.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...FAKE_MEDIA_FLAGS],
  });
}

/**
 * The guest's own Chromium, another process than the host's, as two people's machines are:
 * started before the tests of the calling describe, closed after them.
 */
export function guestChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("The guest's browser did not start");
    return browser;
  };
}

/** e001's staff, signed in, live from the console of a new webinar called `title`. */
export async function hostGoesLive(browser: Browser, title: string) {
  const host = await openPage(browser, '/signin', 'en');
  await watchPeerConnections(host.page);
  await signIn(host.page, STAFF_E001);
  const hostConsole = await scheduleAndOpenConsole(host.page, title);
  await goLive(hostConsole);
  return { host, hostConsole };
}

/** Keeps every RTCPeerConnection the page makes, for reading what flows through it. */
export async function watchPeerConnections(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    const Native = window.RTCPeerConnection;
    const made: RTCPeerConnection[] = [];
    window.__peerConnections = made;
    window.RTCPeerConnection = class extends Native {
      constructor(configuration?: RTCConfiguration) {
        super(configuration);
        made.push(this);
      }
    };
  });
}

/** Video the page sends (`senders`) or receives (`receivers`) right now. */
export function liveVideoTracks(page: Page, side: 'senders' | 'receivers'): Promise<number> {
  return page.evaluate((side) => {
    const tracks = (window.__peerConnections ?? [])
      .filter((connection) => connection.connectionState !== 'closed')
      .flatMap((connection) =>
        side === 'senders'
          ? connection.getSenders().map((sender) => sender.track)
          : connection.getReceivers().map((receiver) => receiver.track),
      );
    return tracks.filter(
      (track) => track?.kind === 'video' && track.readyState === 'live' && !track.muted,
    ).length;
  }, side);
}

/** A <video> really shows pictures: it has a size, and decodes new frames while watched. */
export async function expectDecoding(video: Locator): Promise<void> {
  const width = () => video.evaluate((element: HTMLVideoElement) => element.videoWidth);
  const frames = () =>
    video.evaluate(
      (element: HTMLVideoElement) => element.getVideoPlaybackQuality().totalVideoFrames,
    );
  await expect.poll(width, { timeout: MEDIA_TIMEOUT, interval: 250 }).toBeGreaterThan(0);
  const first = await frames();
  await expect.poll(frames, { timeout: MEDIA_TIMEOUT, interval: 250 }).toBeGreaterThan(first + 5);
}

/** The browser's own clock as `YYYY-MM-DDTHH:mm`, what a datetime-local field takes. */
function localNow(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
    return now.toISOString().slice(0, 16);
  });
}

/** In the dashboard's Webinars section: schedules a webinar starting now, opens its console. */
export async function scheduleAndOpenConsole(page: Page, title: string): Promise<Locator> {
  await page.goto(appUrl('/exhibitor'));
  await page.getByRole('tab', { name: 'Webinars' }).click();
  const section = page.getByTestId('webinars-section');
  const form = section.getByRole('region', { name: 'Schedule a webinar' });
  await form.getByLabel('Title — Русский').fill(`Эфир ${title}`);
  await form.getByLabel('Title — English').fill(title);
  await form.getByLabel('Description — Русский').fill('Показываем продукт вживую');
  await form.getByLabel('Description — English').fill('A live look at the product');
  await form.getByLabel('Start, your local time').fill(await localNow(page));
  await form.getByLabel('Duration, minutes').fill('30');
  await form.getByRole('button', { name: 'Schedule webinar' }).click();
  const scheduled = section.getByRole('status').filter({ hasText: `“${title}” is scheduled.` });
  await expect.poll(() => scheduled.count(), { timeout: 15_000 }).toBe(1);
  await section.getByRole('link', { name: `Open the host console for “${title}”` }).click();
  const hostConsole = page.getByTestId('host-console');
  await expect
    .poll(() => hostConsole.getAttribute('data-phase'), { timeout: 15_000 })
    .toBe('preview');
  return hostConsole;
}

/** From the console's preview: goes live and waits until the host's own camera plays. */
export async function goLive(hostConsole: Locator): Promise<void> {
  await expectDecoding(hostConsole.getByTestId('preview-video'));
  await hostConsole.getByRole('button', { name: 'Go live' }).click();
  await expect
    .poll(() => hostConsole.getByRole('heading', { name: 'You are live' }).count(), {
      timeout: MEDIA_TIMEOUT,
    })
    .toBe(1);
  await expectDecoding(hostConsole.getByTestId('own-camera'));
}

/** On the stand page: joins the live webinar and waits until the viewer is connected. */
export async function joinFromStandPage(page: Page, title: string): Promise<Locator> {
  const join = page.getByRole('button', { name: `Join the live webinar “${title}”` });
  await expect.poll(() => join.count(), { timeout: 30_000 }).toBe(1);
  await join.click();
  const viewer = page.getByTestId('live-viewer');
  await expect
    .poll(() => viewer.getAttribute('data-state'), { timeout: MEDIA_TIMEOUT })
    .toBe('connected');
  return viewer;
}

/**
 * The host ends the webinar from the console and confirms; the api answers once LiveKit has
 * closed the room, which a loaded machine takes a while to do.
 */
export async function endWebinar(hostConsole: Locator): Promise<void> {
  await hostConsole.getByRole('button', { name: 'End webinar' }).click();
  await hostConsole.getByRole('button', { name: 'Yes, end it' }).click();
  try {
    await expect
      .poll(() => hostConsole.getAttribute('data-phase'), { timeout: MEDIA_TIMEOUT })
      .toBe('ended');
  } catch (error) {
    const shown = await hostConsole.innerText().catch(() => '(unreadable)');
    throw new Error(`The console did not end; it shows:\n${shown}`, { cause: error });
  }
}
