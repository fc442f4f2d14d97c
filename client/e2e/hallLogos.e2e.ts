/**
 * Uploaded logos on the stands of the 3D hall: a visitor sent to the stand nearest the spawn
 * sees none of pure magenta; the organisers give that stand and its neighbours a magenta logo
 * through the real upload route; the next visitor there sees it on their boards and counters
 * (the atlas is unlit, so the logo's pixels keep their colour on the canvas).
 */
import {
  PublishedLayoutSchema,
  SessionSchema,
  distance,
  standEntrance,
  type Stand,
  type Vec2,
} from '@salon/shared';
import type { Browser, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { describeInBrowser, openPage } from './browser.ts';
import { ownUserId, sceneInfo, shownAvatar, waitConnected } from './hallPage.ts';
import { DEMO_PASSWORD } from './standVisit.ts';

const HALL = 'hall-1';
const ORGANISER = 'organiser@salon.example';
const LOGO_STANDS = 30;

const apiUrl = (pathname: string) => new URL(pathname, inject('apiUrl')).toString();

/** Pixels of the canvas that are the logos' magenta (the atlas is unlit, so it stays so). */
async function magentaPixels(page: Page): Promise<number> {
  const png = await page.locator('.hall-stage canvas').first().screenshot();
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D context');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
      if (r > 240 && b > 240 && g < 30) count += 1;
    }
    return count;
  }, png.toString('base64'));
}

/** A 64×64 PNG of one colour, made by the page's own canvas. */
async function solidPng(page: Page, colour: string): Promise<Uint8Array<ArrayBuffer>> {
  const base64 = await page.evaluate(async (fill) => {
    const canvas = new OffscreenCanvas(64, 64);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D context');
    context.fillStyle = fill;
    context.fillRect(0, 0, 64, 64);
    const bytes = new Uint8Array(await (await canvas.convertToBlob()).arrayBuffer());
    return btoa(String.fromCharCode(...bytes));
  }, colour);
  return Uint8Array.from(Buffer.from(base64, 'base64'));
}

function nearest(stands: readonly Stand[], point: Vec2, count: number): Stand[] {
  return [...stands].sort((a, b) => distance(a, point) - distance(b, point)).slice(0, count);
}

/** A visitor sent from the map to `standId`, watching the hall in 3D. */
async function visitStand(browser: Browser, standId: string) {
  const opened = await openPage(browser, `/map/${HALL}`);
  await waitConnected(opened.page);
  await opened.page.locator(`[data-stand-id="${standId}"]`).click();
  await opened.page.getByRole('link', { name: 'Показать в 3D' }).click();
  await sceneInfo(opened.page);
  return opened;
}

/** Waits until the page's own avatar stands still at the stand's entrance. */
async function arrived(page: Page, stand: Stand): Promise<void> {
  const userId = await ownUserId(page);
  const entrance = standEntrance(stand);
  await expect
    .poll(
      async () => {
        const avatar = await shownAvatar(page, userId);
        return avatar !== null && avatar.state !== 'walking' && distance(avatar, entrance) < 3;
      },
      { timeout: 90_000, interval: 500 },
    )
    .toBe(true);
}

async function uploadLogo(token: string, exhibitorId: string, png: Uint8Array<ArrayBuffer>) {
  const form = new FormData();
  form.append('file', new Blob([png], { type: 'image/png' }), 'logo.png');
  const uploaded = await fetch(apiUrl(`/api/stands/${exhibitorId}/media/logo`), {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  expect(uploaded.status).toBe(200);
}

describeInBrowser('logos in the hall', (browser) => {
  it('draws the logos exhibitors uploaded on their stands', async () => {
    const layout = PublishedLayoutSchema.parse(
      await (await fetch(apiUrl(`/api/halls/${HALL}/layout`))).json(),
    ).layout;
    const spawn = layout.spawnPoints[0];
    if (!spawn) throw new Error(`${HALL} has no spawn point`);
    const stands = nearest(layout.stands, spawn, LOGO_STANDS);
    const target = stands[0];
    if (!target) throw new Error(`${HALL} has no stands`);

    // Before: at the stand, none of the logos' colour anywhere in view.
    const before = await visitStand(browser(), target.id);
    await arrived(before.page, target);
    expect(await magentaPixels(before.page)).toBe(0);
    const logo = await solidPng(before.page, '#ff00ff');
    await before.page.context().close();

    const signedIn = await fetch(apiUrl('/api/sessions'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ORGANISER, password: DEMO_PASSWORD }),
    });
    const { token } = SessionSchema.parse(await signedIn.json());
    for (const stand of stands) await uploadLogo(token, stand.exhibitorId, logo);

    const after = await visitStand(browser(), target.id);
    await arrived(after.page, target);
    await expect.poll(() => magentaPixels(after.page), { timeout: 30_000 }).toBeGreaterThan(50);
    expect(after.errors).toEqual([]);
    await after.page.context().close();
  });
});
