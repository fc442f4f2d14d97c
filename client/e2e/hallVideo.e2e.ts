/**
 * The stand screens' video in the 3D hall, with the real stack and software WebGL: a visitor
 * walks to the stand of exhibitor e001 and its screen plays the stand's video (the hall's one
 * element plays, time advances, frames have a size) within the draw-call budget; the sound
 * toggle works by mouse and keyboard; another player on the page pauses it until it stops;
 * walking away stops and releases the video; coming back while the video files fail leaves the
 * screen's idle look and one warning. What the element does is read through the scene's
 * read-only probe, window.__salonScene.standVideo().
 */
import { PublishedLayoutSchema, standEntrance, type Vec2 } from '@salon/shared';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { directionFromKeys, type MoveKey } from '../src/player/keyboardIntent.ts';
import { describeInBrowser, openPage } from './browser.ts';
import { sceneInfo, waitConnected } from './hallPage.ts';

const HALL = 'hall-2';
const EXHIBITOR = 'e001';
const DRAW_CALL_BUDGET = 60;
/**
 * Away from e001 (entrance at 151.5, 46.5): down its alley to the main alley, then west along
 * it, past the screens' keep radius (11 m) and behind the next booths, whose screens face away.
 */
const WAY_OUT: readonly Vec2[] = [
  { x: 150, y: 40 },
  { x: 134, y: 40 },
];

const KEYS: Record<MoveKey, string> = {
  forward: 'ArrowUp',
  back: 'ArrowDown',
  left: 'ArrowLeft',
  right: 'ArrowRight',
};
const COMBOS: readonly (readonly MoveKey[])[] = [
  ['forward'],
  ['forward', 'left'],
  ['left'],
  ['back', 'left'],
  ['back'],
  ['back', 'right'],
  ['right'],
  ['forward', 'right'],
];

function standVideo(page: Page) {
  return page.evaluate(() => window.__salonScene?.standVideo() ?? null);
}

async function selfPosition(page: Page): Promise<Vec2> {
  const position = await page.evaluate(() => {
    const snapshot = window.__salonHall?.snapshot();
    const self = snapshot?.avatars.find((avatar) => avatar.id === snapshot.selfId);
    return self ? { x: self.x, y: self.y } : null;
  });
  if (!position) throw new Error('The page shows no own avatar');
  return position;
}

/**
 * Which way "forward" points in the 3D view (keys walk relative to the camera): a short step
 * back, measured. The camera does not turn after it while nobody drags it or walks a path.
 */
async function viewYaw(page: Page): Promise<number> {
  const before = await selfPosition(page);
  await page.keyboard.down(KEYS.back);
  await page.waitForTimeout(500);
  await page.keyboard.up(KEYS.back);
  await page.waitForTimeout(300);
  const after = await selfPosition(page);
  expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(0.5);
  return Math.atan2(after.y - before.y, after.x - before.x) + Math.PI;
}

/** Walks by keyboard to `target`, re-aiming with the arrow combination nearest its bearing. */
async function walkByKeys(page: Page, yaw: number, target: Vec2): Promise<void> {
  const held = new Set<string>();
  const deadline = Date.now() + 20_000;
  try {
    for (;;) {
      const at = await selfPosition(page);
      const dx = target.x - at.x;
      const dy = target.y - at.y;
      const gap = Math.hypot(dx, dy);
      if (gap < 1) return;
      if (Date.now() > deadline) throw new Error(`Could not walk to ${target.x}, ${target.y}`);
      let best: readonly MoveKey[] = COMBOS[0] ?? [];
      let bestAlong = -Infinity;
      for (const combo of COMBOS) {
        const direction = directionFromKeys(new Set(combo), yaw);
        const along = (direction.x * dx + direction.y * dy) / gap;
        if (along > bestAlong) [best, bestAlong] = [combo, along];
      }
      const wanted = new Set(best.map((key) => KEYS[key]));
      for (const key of [...held].filter((k) => !wanted.has(k))) {
        await page.keyboard.up(key);
        held.delete(key);
      }
      for (const key of [...wanted].filter((k) => !held.has(k))) {
        await page.keyboard.down(key);
        held.add(key);
      }
      await page.waitForTimeout(80);
    }
  } finally {
    for (const key of held) await page.keyboard.up(key);
  }
}

describeInBrowser('the stand screens in the 3D hall', (browser) => {
  it('play the near stand’s video, stop when the visitor leaves, idle on failure', async () => {
    const response = await fetch(new URL(`/api/halls/${HALL}/layout`, inject('apiUrl')));
    const { layout } = PublishedLayoutSchema.parse(await response.json());
    const stand = layout.stands.find((candidate) => candidate.exhibitorId === EXHIBITOR);
    if (!stand) throw new Error(`The demo ${HALL} has no stand of ${EXHIBITOR}`);

    // Sent off from the map (a click on the stand), then watched in 3D all the way there.
    const { page, errors } = await openPage(browser(), `/map/${HALL}`);
    await waitConnected(page);
    await page.locator(`[data-stand-id="${stand.id}"]`).click();
    await page.getByRole('link', { name: 'Показать в 3D' }).click();
    await sceneInfo(page);
    expect(await standVideo(page)).not.toBeNull();

    await expect
      .poll(() => standVideo(page), { timeout: 90_000, interval: 500 })
      .toMatchObject({ exhibitorId: EXHIBITOR, playing: true, showing: 'video', muted: true });
    const first = await standVideo(page);
    expect(first?.videoWidth).toBeGreaterThan(0);
    expect(first?.src).toMatch(/^\/api\/files\//);
    const started = first?.currentTime ?? 0;
    await expect
      .poll(async () => (await standVideo(page))?.currentTime ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(started + 0.5);
    const frame = await page.evaluate(() => window.__salonScene?.info());
    expect(frame?.calls).toBeLessThanOrEqual(DRAW_CALL_BUDGET);

    // Sound: off by default, on by a click.
    const sound = page.getByTestId('stand-video-sound');
    expect(await sound.getAttribute('aria-pressed')).toBe('false');
    await sound.click();
    await expect.poll(async () => (await standVideo(page))?.muted).toBe(false);
    expect(await sound.getAttribute('aria-pressed')).toBe('true');

    // Another player on the page (as the stand panel's) takes over: the hall's waits, muted.
    await page.evaluate(async (src) => {
      const other = document.createElement('video');
      other.id = 'other-player';
      other.muted = true;
      other.src = src;
      document.body.append(other);
      await other.play();
    }, first?.src ?? '');
    // The hall notices on its next frame, which a loaded machine may draw a while later.
    await expect
      .poll(() => standVideo(page), { timeout: 15_000 })
      .toMatchObject({ exhibitorId: EXHIBITOR, paused: true, muted: true });
    expect(await sound.getAttribute('aria-pressed')).toBe('false');
    await page.evaluate(() => {
      const other = document.getElementById('other-player');
      if (other instanceof HTMLVideoElement) other.pause();
      other?.remove();
    });
    await expect
      .poll(async () => (await standVideo(page))?.playing, { timeout: 15_000 })
      .toBe(true);

    // The toggle works from the keyboard too.
    await sound.focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await standVideo(page))?.muted).toBe(false);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await standVideo(page))?.muted).toBe(true);
    expect(await sound.getAttribute('aria-pressed')).toBe('false');
    expect((await standVideo(page))?.playing).toBe(true);
    await sound.blur();

    // Walking away: the element is paused and its source released; the toggle goes.
    const yaw = await viewYaw(page);
    for (const point of WAY_OUT) await walkByKeys(page, yaw, point);
    await expect
      .poll(() => standVideo(page), { timeout: 10_000 })
      .toMatchObject({ exhibitorId: null, paused: true, src: null, showing: 'idle' });
    expect(await sound.count()).toBe(0);

    // Back again while the video files fail: the screen keeps its idle look, logged once (other
    // stands faced on the way may log their own failures).
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' && message.text().includes(`stand ${stand.id} cannot`)) {
        warnings.push(message.text());
      }
    });
    await page.route('**/api/files/**', (route) =>
      route.request().resourceType() === 'media'
        ? route.fulfill({ status: 404, body: '' })
        : route.fallback(),
    );
    for (const point of [...WAY_OUT].reverse()) await walkByKeys(page, yaw, point);
    await walkByKeys(page, yaw, standEntrance(stand));
    await expect.poll(() => warnings.length, { timeout: 15_000 }).toBe(1);
    await page.waitForTimeout(1500);
    expect(warnings).toHaveLength(1);
    expect(await standVideo(page)).toMatchObject({
      exhibitorId: EXHIBITOR,
      src: null,
      showing: 'idle',
    });
    expect(await sound.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
