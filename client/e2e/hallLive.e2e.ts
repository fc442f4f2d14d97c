/**
 * A stand's live webinar on its screen in the 3D hall, with the real stack and a real
 * livekit-server, in two browser contexts. The staff of e001 schedules a webinar and goes live
 * through the api, and publishes a fake camera and microphone from their own page with
 * livekit-client; a visitor walks to e001 in the hall, and the stand's screen plays the host's
 * track (the hall's one element holds a MediaStream with a video track, has a size, decodes
 * frames) with the "LIVE" look; the host's camera going off shows the off-camera card and coming
 * back shows the video again; the sound toggle drives the webinar's sound; when the host ends
 * the webinar, the screen goes back to the presentation video. Read through the scene's
 * read-only probe, window.__salonScene.standVideo().
 */
import { PublishedLayoutSchema, WebinarSchema } from '@salon/shared';
import type * as LivekitClient from 'livekit-client';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { describeInBrowser, openPage, FAKE_MEDIA_FLAGS } from './browser.ts';
import { sceneInfo, waitConnected } from './hallPage.ts';
import { STAFF_E001, sessionToken, signIn } from './standVisit.ts';

const HALL = 'hall-2';
const EXHIBITOR = 'e001';
const DRAW_CALL_BUDGET = 60;
// The browser build of livekit-client, put into the host's page: the app has no test pages.
const LIVEKIT_UMD = fileURLToPath(
  new URL('../../node_modules/livekit-client/dist/livekit-client.umd.js', import.meta.url),
);

declare global {
  interface Window {
    LivekitClient?: typeof LivekitClient;
    __hostRoom?: LivekitClient.Room;
  }
}

async function api(method: 'POST' | 'PUT', pathname: string, token: string, body: unknown) {
  const response = await fetch(new URL(pathname, inject('apiUrl')), {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${pathname}: ${response.status} ${await response.text()}`);
  return WebinarSchema.parse(await response.json());
}

/** The staff schedules a webinar starting now and goes live. */
async function goLive(staffToken: string): Promise<string> {
  const webinar = await api('POST', `/api/stands/${EXHIBITOR}/webinars`, staffToken, {
    title: { ru: 'Эфир со стенда', en: 'Live from the stand' },
    description: { ru: 'Показ в прямом эфире', en: 'A live demo' },
    startsAt: new Date().toISOString(),
    durationMinutes: 30,
    language: 'ru',
  });
  await api('PUT', `/api/webinars/${webinar.id}/live`, staffToken, { live: true });
  return webinar.id;
}

/** The host joins the room from their page and publishes the fake camera and microphone. */
async function publishFakeCamera(page: Page, webinarId: string, staffToken: string) {
  await page.addScriptTag({ path: LIVEKIT_UMD });
  await page.evaluate(
    async ({ webinarId, staffToken }) => {
      const client = window.LivekitClient;
      if (!client) throw new Error('livekit-client did not load');
      const response = await fetch(`/api/webinars/${webinarId}/token`, {
        method: 'POST',
        headers: { authorization: `Bearer ${staffToken}` },
      });
      const live = (await response.json()) as { url: string; token: string; role: string };
      if (live.role !== 'host') throw new Error(`The staff got a ${live.role} token`);
      const room = new client.Room();
      await room.connect(live.url, live.token);
      await room.localParticipant.setCameraEnabled(true);
      await room.localParticipant.setMicrophoneEnabled(true);
      window.__hostRoom = room;
    },
    { webinarId, staffToken },
  );
}

function setCamera(page: Page, on: boolean) {
  return page.evaluate(async (enabled) => {
    await window.__hostRoom?.localParticipant.setCameraEnabled(enabled);
  }, on);
}

function standVideo(page: Page) {
  return page.evaluate(() => window.__salonScene?.standVideo() ?? null);
}

async function framesDecoded(page: Page): Promise<number> {
  return (await standVideo(page))?.framesDecoded ?? 0;
}

describeInBrowser(
  'a live webinar on a stand screen in the 3D hall',
  (browser) => {
    it.skipIf(!inject('livekitUrl'))(
      'shows the host’s video while live, the card with the camera off, the video after the end',
      async () => {
        const response = await fetch(new URL(`/api/halls/${HALL}/layout`, inject('apiUrl')));
        const { layout } = PublishedLayoutSchema.parse(await response.json());
        const stand = layout.stands.find((candidate) => candidate.exhibitorId === EXHIBITOR);
        if (!stand) throw new Error(`The demo ${HALL} has no stand of ${EXHIBITOR}`);

        // The host: signed in, live, publishing from a page that shows no webinar of its own.
        const host = await openPage(browser(), '/signin', 'en');
        await signIn(host.page, STAFF_E001);
        const staffToken = await sessionToken(host.page);
        const webinarId = await goLive(staffToken);
        await host.page.goto(new URL('/university', inject('appUrl')).toString());
        await publishFakeCamera(host.page, webinarId, staffToken);

        // The visitor, a guest, is sent to the stand from the map and watches in 3D.
        const { page, errors } = await openPage(browser(), `/map/${HALL}`);
        await waitConnected(page);
        await page.locator(`[data-stand-id="${stand.id}"]`).click();
        await page.getByRole('link', { name: 'Показать в 3D' }).click();
        await sceneInfo(page);

        await expect
          .poll(() => standVideo(page), { timeout: 90_000, interval: 500 })
          .toMatchObject({
            exhibitorId: EXHIBITOR,
            source: 'live',
            showing: 'video',
            playing: true,
            src: null,
            streamVideoTracks: 1,
            muted: true,
          });
        expect((await standVideo(page))?.videoWidth).toBeGreaterThan(0);
        const decoded = await framesDecoded(page);
        await expect
          .poll(() => framesDecoded(page), { timeout: 10_000 })
          .toBeGreaterThan(decoded + 10);
        const frame = await page.evaluate(() => window.__salonScene?.info());
        expect(frame?.calls).toBeLessThanOrEqual(DRAW_CALL_BUDGET);

        // The toggle now speaks for the webinar, and turns its sound on and off.
        const sound = page.getByTestId('stand-video-sound');
        expect(await sound.getAttribute('data-live')).toBe('true');
        expect(await sound.getAttribute('aria-pressed')).toBe('false');
        await sound.click();
        await expect.poll(async () => (await standVideo(page))?.muted).toBe(false);
        expect(await sound.getAttribute('aria-pressed')).toBe('true');
        await sound.click();
        await expect.poll(async () => (await standVideo(page))?.muted).toBe(true);

        // Camera off: the off-camera card; on again: the host's video.
        await setCamera(host.page, false);
        await expect
          .poll(() => standVideo(page), { timeout: 15_000 })
          .toMatchObject({ source: 'live', showing: 'offCamera' });
        await setCamera(host.page, true);
        await expect
          .poll(() => standVideo(page), { timeout: 15_000 })
          .toMatchObject({ source: 'live', showing: 'video', streamVideoTracks: 1 });
        const again = await framesDecoded(page);
        await expect.poll(() => framesDecoded(page), { timeout: 10_000 }).toBeGreaterThan(again);

        // The host ends the webinar: back to the presentation video, playing.
        await api('PUT', `/api/webinars/${webinarId}/live`, staffToken, { live: false });
        await expect
          .poll(() => standVideo(page), { timeout: 20_000, interval: 500 })
          .toMatchObject({
            exhibitorId: EXHIBITOR,
            source: 'presentation',
            showing: 'video',
            playing: true,
            streamVideoTracks: 0,
          });
        expect((await standVideo(page))?.src).toMatch(/^\/api\/files\//);
        expect(await sound.getAttribute('data-live')).toBe('false');
        expect(errors).toEqual([]);
        expect(host.errors).toEqual([]);
        await host.page.context().close();
        await page.context().close();
      },
      180_000,
    );
  },
  FAKE_MEDIA_FLAGS,
);
