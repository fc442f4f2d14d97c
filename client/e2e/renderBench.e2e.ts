/**
 * The render benchmark's page in a real browser with software WebGL: the synthetic hall draws
 * (real pixels, many colours, not a blank frame) within the draw-call budget, and a browser
 * without WebGL is reported as such instead of passing with nothing drawn.
 */
import { expect, it } from 'vitest';
import { describeInBrowser, openPage } from './browser.ts';
import { canvasColours } from './hallPage.ts';

const DRAW_CALL_BUDGET = 60;

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

    const pixels = await canvasColours(page, 'canvas');
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
