/**
 * The render benchmark's page in a real browser with software WebGL: the synthetic hall draws
 * (real pixels, many colours, not a blank frame) within the draw-call budget, and a browser
 * without WebGL is reported as such instead of passing with nothing drawn.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, openPage } from './browser.ts';

const DRAW_CALL_BUDGET = 60;

/** Distinct colours (4 bits a channel) in a screenshot of the canvas, and the commonest's share. */
async function canvasColours(page: Page): Promise<{ colours: number; commonest: number }> {
  const png = await page.locator('canvas').first().screenshot();
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
    return { colours: counts.size, commonest: Math.max(...counts.values()) / (data.length / 4) };
  }, png.toString('base64'));
}

describeInBrowser('the render benchmark', (browser) => {
  it('draws the synthetic hall within the draw-call budget', async () => {
    const { page, errors } = await openPage(browser(), '/bench/render?stands=200&avatars=100');
    await page.waitForFunction(
      () => (window.__salonScene?.info().frame ?? 0) > 3 || window.__salonRenderBenchError,
      undefined,
      { timeout: 60_000 },
    );
    // Without a WebGL context the scene never publishes itself: that must fail, not pass.
    expect(await page.evaluate(() => window.__salonRenderBenchError ?? null)).toBeNull();
    expect(await page.evaluate(() => window.__salonScene?.webgl)).toBe(true);

    const info = await page.evaluate(() => window.__salonScene?.info());
    expect(info?.calls).toBeGreaterThan(0);
    expect(info?.calls).toBeLessThanOrEqual(DRAW_CALL_BUDGET);
    expect(info?.triangles).toBeGreaterThan(1000);

    const pixels = await canvasColours(page);
    expect(pixels.colours).toBeGreaterThan(64);
    expect(pixels.commonest).toBeLessThan(0.6);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describeInBrowser(
  'the render benchmark without WebGL',
  (browser) => {
    it('says that WebGL is unavailable and publishes no scene', async () => {
      const { page, errors } = await openPage(browser(), '/bench/render?stands=20&avatars=5');
      await page.waitForFunction(() => window.__salonRenderBenchError, undefined, {
        timeout: 30_000,
      });
      expect(await page.evaluate(() => window.__salonScene)).toBeUndefined();
      expect(await page.getByTestId('render-bench').innerText()).toContain('WebGL');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  },
  ['--disable-3d-apis', '--disable-webgl'],
);
