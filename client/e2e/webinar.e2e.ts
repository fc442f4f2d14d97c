/**
 * A live stand webinar through the real interface, with the real stack and a real
 * livekit-server, in two browser contexts with fake cameras and microphones. The staff of e001
 * schedules a webinar starting now in the dashboard, opens its console, sees their own camera in
 * the preview and goes live; a guest on the stand page joins and decodes the host's video. The
 * guest raises a hand, the host brings them on stage and decodes their camera, then takes them
 * off stage: the guest's camera stops and the host receives nothing from them any more. The
 * host ends the webinar and the guest's page says so in words.
 *
 * What each page sends and receives is read from its own RTCPeerConnections, collected by an
 * init script (the app is not touched): senders with a live video track, receivers with a live,
 * unmuted video track.
 */
import type { Locator, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { appUrl, describeInBrowser, openPage, FAKE_MEDIA_FLAGS } from './browser.ts';
import { STAFF_E001, signIn } from './standVisit.ts';

const EXHIBITOR = 'e001';
const MEDIA_TIMEOUT = 45_000;

declare global {
  interface Window {
    __peerConnections?: RTCPeerConnection[];
  }
}

/** Keeps every RTCPeerConnection the page makes, for reading what flows through it. */
async function watchPeerConnections(page: Page): Promise<void> {
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
function liveVideoTracks(page: Page, side: 'senders' | 'receivers'): Promise<number> {
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
async function expectDecoding(video: Locator): Promise<void> {
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
async function scheduleAndOpenConsole(page: Page, title: string): Promise<Locator> {
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

describeInBrowser(
  'a live stand webinar through the interface',
  (browser) => {
    it.skipIf(!inject('livekitUrl'))(
      'host goes live from the console; a guest watches, comes on stage, goes off; the end is said',
      async () => {
        const title = `Live demo ${String(Date.now())}`;

        // 1. The host: the dashboard, a webinar starting now, its console, the preview, live.
        const host = await openPage(browser(), '/signin', 'en');
        await watchPeerConnections(host.page);
        await signIn(host.page, STAFF_E001);
        const hostConsole = await scheduleAndOpenConsole(host.page, title);
        await expectDecoding(hostConsole.getByTestId('preview-video'));
        await hostConsole.getByRole('button', { name: 'Go live' }).click();
        await expect
          .poll(() => hostConsole.getByRole('heading', { name: 'You are live' }).count(), {
            timeout: MEDIA_TIMEOUT,
          })
          .toBe(1);
        await expectDecoding(hostConsole.getByTestId('own-camera'));
        const audience = hostConsole.getByTestId('audience');
        expect(await audience.getByRole('heading', { level: 2 }).innerText()).toBe('0 viewers');

        // 2. A guest on the stand page joins and decodes the host's video.
        const guest = await openPage(browser(), `/stands/${EXHIBITOR}`, 'en');
        await watchPeerConnections(guest.page);
        await guest.page.reload(); // the init script runs from the next document on
        const join = guest.page.getByRole('button', { name: `Join the live webinar “${title}”` });
        await expect.poll(() => join.count(), { timeout: 30_000 }).toBe(1);
        await join.click();
        const viewer = guest.page.getByTestId('live-viewer');
        await expect
          .poll(() => viewer.getAttribute('data-state'), { timeout: MEDIA_TIMEOUT })
          .toBe('connected');
        await expectDecoding(viewer.getByTestId('live-host-camera'));
        await expect
          .poll(() => audience.getByRole('heading', { level: 2 }).innerText(), { timeout: 15_000 })
          .toBe('1 viewer');
        expect(await viewer.getByTestId('live-audience').innerText()).toBe('1 watching');

        // 3. The guest raises a hand; the host brings them on stage and sees their camera.
        expect(await liveVideoTracks(guest.page, 'senders')).toBe(0);
        await viewer.getByRole('button', { name: 'Raise hand' }).click();
        const bring = audience
          .getByTestId('raised-hands')
          .getByRole('button', { name: /^Bring .+ on stage$/ });
        await expect.poll(() => bring.count(), { timeout: 15_000 }).toBe(1);
        await bring.click();
        const turnOn = viewer.getByRole('button', { name: 'Turn on camera and microphone' });
        await expect.poll(() => turnOn.count(), { timeout: 15_000 }).toBe(1);
        const stagePrompt = viewer.getByTestId('viewer-stage').getByRole('alert');
        expect(await stagePrompt.innerText()).toContain('You’re on stage');
        await turnOn.click();
        await expect
          .poll(() => viewer.getByTestId('viewer-stage').innerText(), { timeout: MEDIA_TIMEOUT })
          .toContain('You are on stage');
        await expect
          .poll(() => liveVideoTracks(guest.page, 'senders'), { timeout: MEDIA_TIMEOUT })
          .toBe(1);
        await expectDecoding(audience.getByTestId('stage-video'));
        expect(await liveVideoTracks(host.page, 'receivers')).toBe(1);

        // The host takes them off stage: their camera stops, the host receives nothing of it.
        await audience.getByRole('button', { name: /^Take .+ off stage$/ }).click();
        await expect
          .poll(() => viewer.getByTestId('viewer-stage').innerText(), { timeout: 15_000 })
          .toContain('You are off stage now');
        await expect
          .poll(() => liveVideoTracks(guest.page, 'senders'), { timeout: MEDIA_TIMEOUT })
          .toBe(0);
        await expect
          .poll(() => liveVideoTracks(host.page, 'receivers'), { timeout: MEDIA_TIMEOUT })
          .toBe(0);
        expect(await audience.getByTestId('stage-video').count()).toBe(0);
        expect(await viewer.getByRole('button', { name: 'Raise hand' }).count()).toBe(1);

        // 4. The host ends the webinar; the guest's page says it ended.
        await hostConsole.getByRole('button', { name: 'End webinar' }).click();
        await hostConsole.getByRole('button', { name: 'Yes, end it' }).click();
        await expect
          .poll(() => hostConsole.getAttribute('data-phase'), { timeout: 15_000 })
          .toBe('ended');
        await expect
          .poll(() => viewer.getByTestId('live-status').innerText(), { timeout: 30_000 })
          .toBe('The webinar has ended. Thank you for watching!');
        expect(await viewer.getAttribute('data-state')).toBe('ended');
        expect(await viewer.getByTestId('live-host-camera').count()).toBe(0);

        expect(host.errors).toEqual([]);
        expect(guest.errors).toEqual([]);
        await host.page.context().close();
        await guest.page.context().close();
      },
      240_000,
    );
  },
  FAKE_MEDIA_FLAGS,
);
