/**
 * Reading a hall page in browser tests: the visitor's own identity, where the page shows
 * another avatar (window.__salonHall), and whether the 3D scene really drew (window.__salonScene
 * and the canvas pixels). A scene that fell back to 2D is an error here, never a pass.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export async function ownUserId(page: Page): Promise<string> {
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('salon.session')), { timeout: 20_000 })
    .not.toBeNull();
  return page.evaluate(() => {
    const session = JSON.parse(localStorage.getItem('salon.session') ?? '{}') as {
      user?: { id?: string };
    };
    return session.user?.id ?? '';
  });
}

export async function waitConnected(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('connection-status').getAttribute('data-status'), {
      timeout: 30_000,
    })
    .toBe('connected');
}

/** How the page shows the avatar of `userId` right now, or null when it does not. */
export function shownAvatar(page: Page, userId: string) {
  return page.evaluate((id) => {
    const avatar = window.__salonHall?.snapshot().avatars.find((a) => a.userId === id);
    return avatar ? { x: avatar.x, y: avatar.y, state: avatar.state } : null;
  }, userId);
}

/** Waits for the first rendered frames and returns the scene's own account of one. */
export async function sceneInfo(page: Page) {
  const started = await page
    .waitForFunction(
      () =>
        (window.__salonScene?.info().frame ?? 0) > 3 ||
        document.querySelector('.hall-fallback-note') !== null,
      undefined,
      { timeout: 60_000 },
    )
    .then(() => page.evaluate(() => window.__salonScene?.webgl === true));
  if (!started) throw new Error('WebGL could not start: the hall fell back to the 2D map');
  return page.evaluate(() => window.__salonScene?.info());
}

/** Distinct colours (to 4 bits a channel) in a screenshot of the canvas, and the commonest share. */
export async function canvasColours(
  page: Page,
  canvas = '.hall-stage canvas',
): Promise<{ colours: number; commonest: number }> {
  const png = await page.locator(canvas).first().screenshot();
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D context');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key =
        ((data[i] ?? 0) >> 4) * 256 + ((data[i + 1] ?? 0) >> 4) * 16 + ((data[i + 2] ?? 0) >> 4);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const pixels = data.length / 4;
    return { colours: counts.size, commonest: Math.max(...counts.values()) / pixels };
  }, png.toString('base64'));
}
