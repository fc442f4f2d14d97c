/**
 * Headless Debian Chromium driven by playwright-core, with the flags these machines need
 * (no sandbox as root, no background network, software WebGL).
 */
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { CHROMIUM_FLAGS, FAKE_MEDIA_FLAGS } from '../../scripts/lib/chromium.ts';

export { CHROMIUM_FLAGS, FAKE_MEDIA_FLAGS };

export const appUrl = (pathname = '/') => new URL(pathname, inject('appUrl')).toString();

/**
 * `describe` with a fresh browser; skipped (reason printed by the global setup) without Chromium.
 * `flags` are added to CHROMIUM_FLAGS (say, to switch WebGL off).
 */
export function describeInBrowser(
  title: string,
  body: (browser: () => Browser) => void,
  flags: readonly string[] = [],
): void {
  const executablePath = inject('chromium');
  describe.skipIf(!executablePath)(title, () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await playwright.launch({
        executablePath: executablePath ?? '',
        headless: true,
        args: [...CHROMIUM_FLAGS, ...flags],
      });
    });
    afterAll(async () => {
      await browser?.close();
    });
    body(() => {
      if (!browser) throw new Error('The browser is not running yet');
      return browser;
    });
  });
}

/** A page in a fresh context, with the language chosen up front and page errors collected. */
export async function openPage(
  browser: Browser,
  pathname: string,
  locale: 'ru' | 'en' = 'ru',
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: locale === 'ru' ? 'ru-RU' : 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(appUrl(pathname));
  return { page, errors };
}
