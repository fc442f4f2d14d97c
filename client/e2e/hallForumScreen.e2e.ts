/**
 * A forum screen in the 3D hall plays the live program of its stage, with the real stack and a
 * real livekit-server. The organiser makes the demo producer the producer of a main-stage event;
 * the producer goes live through the api and publishes a fake camera and microphone into the
 * event's program room (with the program token the studio gives the producer) from a page with
 * livekit-client put in. A guest walks (on the 2D map, which shares the hall's connection) to a
 * spot in front of the main stage's screen, far and then near, and looks in 3D: the screen joins
 * the program and decodes its frames, its volume is higher near than far, the hall's forum sound
 * toggle unmutes it, and a click on the screen opens the event's player at /forum/:eventId.
 * Read through the scene's read-only probe, window.__salonScene.forumScreen().
 */
import {
  PublishedLayoutSchema,
  SessionSchema,
  StudioTokensSchema,
  type Screen,
  type Vec2,
} from '@salon/shared';
import type * as LivekitClient from 'livekit-client';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { describeInBrowser, openPage } from './browser.ts';
import { sceneInfo, waitConnected } from './hallPage.ts';
import { DEMO_PASSWORD } from './standVisit.ts';

const HALL = 'hall-1';
const STAGE = 'stage-main';
/** A main-stage event that no other browser test takes live. */
const EVENT = 'ev248';
/** The centre line of the hall's main east–west alley, which passes in front of the screen. */
const MAIN_ALLEY_Y = 40;
const DRAW_CALL_BUDGET = 60;
const FAKE_MEDIA = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'];
// The browser build of livekit-client, put into the producer's page: the app has no test pages.
const LIVEKIT_UMD = fileURLToPath(
  new URL('../../node_modules/livekit-client/dist/livekit-client.umd.js', import.meta.url),
);

declare global {
  interface Window {
    LivekitClient?: typeof LivekitClient;
    __programRoom?: LivekitClient.Room;
  }
}

async function api(method: 'POST' | 'PUT', pathname: string, token: string | null, body?: unknown) {
  const response = await fetch(new URL(pathname, inject('apiUrl')), {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${pathname}: ${response.status} ${await response.text()}`);
  return (await response.json()) as unknown;
}

async function signInApi(email: string) {
  return SessionSchema.parse(
    await api('POST', '/api/sessions', null, { email, password: DEMO_PASSWORD }),
  );
}

/** The producer joins the program room from their page and publishes a fake camera and mic. */
async function publishProgram(page: Page, eventId: string, producerToken: string) {
  await page.addScriptTag({ path: LIVEKIT_UMD });
  const tokens = StudioTokensSchema.parse(
    await api('POST', `/api/events/${eventId}/studio-token`, producerToken),
  );
  if (!tokens.program) throw new Error('The producer got no program token');
  await page.evaluate(
    async ({ url, token }) => {
      const client = window.LivekitClient;
      if (!client) throw new Error('livekit-client did not load');
      const room = new client.Room();
      await room.connect(url, token);
      await room.localParticipant.setCameraEnabled(true);
      await room.localParticipant.setMicrophoneEnabled(true);
      window.__programRoom = room;
    },
    { url: tokens.program.url, token: tokens.program.token },
  );
}

function forumScreen(page: Page) {
  return page.evaluate(() => window.__salonScene?.forumScreen() ?? null);
}

async function framesDecoded(page: Page): Promise<number> {
  return (await forumScreen(page))?.framesDecoded ?? 0;
}

/** Where the page shows its own avatar now. */
function ownPosition(page: Page) {
  return page.evaluate(() => {
    const hall = window.__salonHall?.snapshot();
    const self = hall?.avatars.find((avatar) => avatar.id === hall.selfId);
    return self ? { x: self.x, y: self.y, state: self.state } : null;
  });
}

/** Clicks the 2D map at a floor point and waits until the own avatar stands there. */
async function walkOnMap(page: Page, point: Vec2, floorDepth: number) {
  // The walk is planned from the own avatar: wait until the page has it.
  await expect.poll(() => ownPosition(page), { timeout: 30_000 }).not.toBeNull();
  const client = await page.evaluate(
    ({ x, y }) => {
      const svg = document.querySelector<SVGSVGElement>('[data-testid="hall-map"]');
      const matrix = svg?.getScreenCTM();
      if (!svg || !matrix) throw new Error('The map is not shown');
      const at = new DOMPoint(x, y).matrixTransform(matrix);
      return { x: at.x, y: at.y };
    },
    { x: point.x, y: floorDepth - point.y },
  );
  await page.mouse.click(client.x, client.y);
  await expect
    .poll(
      async () => {
        const own = await ownPosition(page);
        return own ? Math.hypot(own.x - point.x, own.y - point.y) : Infinity;
      },
      { timeout: 60_000, interval: 500 },
    )
    .toBeLessThan(1);
}

/** In 3D, once the screen has joined the program and decodes it: its read-out then. */
async function watchProgram(page: Page) {
  await sceneInfo(page);
  await expect
    .poll(() => forumScreen(page), { timeout: 90_000, interval: 500 })
    .toMatchObject({ stageId: STAGE, eventId: EVENT, source: 'program' });
  const decoded = await framesDecoded(page);
  await expect.poll(() => framesDecoded(page), { timeout: 20_000 }).toBeGreaterThan(decoded + 5);
  const info = await forumScreen(page);
  if (!info) throw new Error('The forum screen stopped playing');
  return info;
}

async function renderedFrames(page: Page): Promise<number> {
  return (await page.evaluate(() => window.__salonScene?.info().frame)) ?? 0;
}

/** Where the screen is drawn; turns the camera (Z) a little at a time until it is in view. */
async function screenInView(page: Page): Promise<{ x: number; y: number }> {
  for (let turn = 0; turn < 24; turn += 1) {
    const point = (await forumScreen(page))?.clientPoint;
    if (point) return point;
    // Held for a few rendered frames (frames, not wall time: software WebGL is slow here).
    const before = await renderedFrames(page);
    await page.keyboard.down('KeyZ');
    await expect.poll(() => renderedFrames(page), { timeout: 10_000 }).toBeGreaterThan(before + 4);
    await page.keyboard.up('KeyZ');
  }
  throw new Error('The forum screen never came into view');
}

describeInBrowser(
  'a forum screen in the 3D hall plays its stage’s live program',
  (browser) => {
    it.skipIf(!inject('livekitUrl'))(
      'decodes the program near the screen, louder nearer, and opens the player on a click',
      async () => {
        const response = await fetch(new URL(`/api/halls/${HALL}/layout`, inject('apiUrl')));
        const published = PublishedLayoutSchema.parse(await response.json());
        const screen: Screen | undefined = published.layout.screens.find(
          (candidate) => candidate.stageId === STAGE,
        );
        if (!screen || screen.facing !== 'south' || screen.y < MAIN_ALLEY_Y) {
          throw new Error(`The demo ${HALL} has no screen of ${STAGE} facing its main alley`);
        }
        // On the main alley in front of the screen (walks snap to the alleys): far east of it
        // first, then near, walking west towards it so that the camera looks its way.
        const far = { x: screen.x + 25, y: MAIN_ALLEY_Y };
        const near = { x: screen.x + 5, y: MAIN_ALLEY_Y };

        // The producer: assigned by the organiser, live, publishing the program.
        const organiser = await signInApi('organiser@salon.example');
        const producer = await signInApi('producer@salon.example');
        await api('PUT', `/api/events/${EVENT}/staff/producer`, organiser.token, {
          userId: producer.user.id,
        });
        await api('POST', `/api/events/${EVENT}/studio/live`, producer.token);
        const host = await openPage(browser(), '/university', 'en');
        await publishProgram(host.page, EVENT, producer.token);

        // The visitor, a guest, walks on the map (no 3D yet) and then looks in 3D.
        const { page, errors } = await openPage(browser(), `/map/${HALL}`, 'en');
        await waitConnected(page);
        await walkOnMap(page, far, published.floor.depth);
        await page.getByRole('link', { name: 'Show in 3D' }).click();
        const farInfo = await watchProgram(page);
        expect(farInfo.volume).toBeGreaterThan(0);
        expect(farInfo.muted).toBe(true);
        expect(farInfo.videoWidth).toBeGreaterThan(0);
        const frame = await page.evaluate(() => window.__salonScene?.info());
        expect(frame?.calls).toBeLessThanOrEqual(DRAW_CALL_BUDGET);

        await page.getByRole('link', { name: 'Pavilion map' }).click();
        await expect.poll(() => forumScreen(page), { timeout: 20_000 }).toBeNull();
        await walkOnMap(page, near, published.floor.depth);
        await page.getByRole('link', { name: 'Show in 3D' }).click();
        const nearInfo = await watchProgram(page);
        expect(nearInfo.distance).toBeLessThan(farInfo.distance);
        expect(nearInfo.volume).toBeGreaterThan(farInfo.volume);

        // The hall's forum sound toggle unmutes the program, and mutes it again.
        const sound = page.getByTestId('forum-screen-sound');
        expect(await sound.getAttribute('aria-pressed')).toBe('false');
        await sound.click();
        await expect
          .poll(async () => (await forumScreen(page))?.muted, { timeout: 10_000 })
          .toBe(false);
        await sound.click();
        await expect
          .poll(async () => (await forumScreen(page))?.muted, { timeout: 10_000 })
          .toBe(true);

        // A click on the screen opens the event's player.
        const point = await screenInView(page);
        await page.mouse.click(point.x, point.y);
        await expect
          .poll(() => new URL(page.url()).pathname, { timeout: 10_000 })
          .toBe(`/forum/${EVENT}`);
        // Leaving the hall leaves the program room.
        await expect.poll(() => forumScreen(page), { timeout: 20_000 }).toBeNull();

        await api('POST', `/api/events/${EVENT}/studio/end`, producer.token);
        expect(errors).toEqual([]);
        expect(host.errors).toEqual([]);
        await host.page.context().close();
        await page.context().close();
      },
      300_000,
    );
  },
  FAKE_MEDIA,
);
