/**
 * The render benchmark: `npm run bench -w @salon/client [-- --stands N --avatars M]`.
 *
 * Builds the client when client/dist is missing or older than any source it is built from (the
 * client's and shared's sources, index.html, public/, the Vite config and package.json), serves
 * it with `vite preview` on a free loopback port, opens /bench/render in headless Chromium with
 * software WebGL, and prints the page's measurement. Fails loudly when WebGL could not start,
 * so it can never report the numbers of a frame that drew nothing. The last line is:
 *
 *   render-bench: stands=1000 avatars=500 draw_calls=N triangles=T js_ms_per_frame=J
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/lib/chromium.ts';
import { ensureClientBuild } from '../../scripts/lib/clientBuild.ts';
import { freePort } from '../../scripts/lib/freePort.ts';

const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repositoryRoot = path.resolve(clientDir, '..');
const vite = path.join(repositoryRoot, 'node_modules', 'vite', 'bin', 'vite.js');

const { values } = parseArgs({
  options: {
    stands: { type: 'string', default: '1000' },
    avatars: { type: 'string', default: '500' },
    rebuild: { type: 'boolean', default: false },
  },
});

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function chromiumPath(): string {
  const found = findChromium();
  if ('reason' in found) throw new Error(`render-bench: no Chromium (${found.reason})`);
  return found.path;
}

async function main(): Promise<void> {
  await ensureClientBuild({ rebuild: values.rebuild, label: 'render-bench' });
  const port = await freePort();
  const preview = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: clientDir,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const origin = `http://127.0.0.1:${port}`;
    await waitForHttp(`${origin}/`, 60_000);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const query = new URLSearchParams({ stands: values.stands, avatars: values.avatars });
    await page.goto(`${origin}/bench/render?${query}`);
    await page.waitForFunction(
      () => window.__salonScene?.webgl === true || window.__salonRenderBenchError,
      null,
      {
        timeout: 120_000,
      },
    );
    const failure = await page.evaluate(() => window.__salonRenderBenchError ?? null);
    if (failure)
      throw new Error(`render-bench: the WebGL context could not be created (${failure})`);
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const debug = gl?.getExtension('WEBGL_debug_renderer_info');
      return debug && gl ? String(gl.getParameter(debug.UNMASKED_RENDERER_WEBGL)) : 'unknown';
    });
    console.log(`render-bench: WebGL renderer ${renderer}`);
    await page.waitForFunction(() => window.__salonRenderBench, null, {
      timeout: 600_000,
      polling: 500,
    });
    const result = await page.evaluate(() => window.__salonRenderBench);
    if (!result) throw new Error('render-bench: the page published no result');
    if (errors.length > 0) throw new Error(`render-bench: the page failed: ${errors.join('; ')}`);
    console.log(
      `render-bench: stands=${result.stands} avatars=${result.avatars} draw_calls=${result.drawCalls} ` +
        `triangles=${result.triangles} js_ms_per_frame=${result.jsMsPerFrame}`,
    );
  } finally {
    await browser.close();
    preview.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
