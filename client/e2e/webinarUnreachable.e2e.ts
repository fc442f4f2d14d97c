/**
 * Live video out of reach, seen by a visitor: a second stack of its own (api, game server and
 * the built client on fresh ports and a fresh database) whose LIVEKIT_URL points at a loopback
 * port where nothing listens. The stand's staff goes live through the api (which needs no
 * LiveKit for that); a guest on the stand page presses "Join": the viewer says in plain words
 * that live video cannot be reached and that everything else keeps working, offers to try again
 * (which says the same), and the stand chat beside it still posts.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SessionSchema, WebinarSchema } from '@salon/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/freePort.ts';
import { startStack, type RunningStack } from '../../scripts/lib/stack.ts';
import { describeInBrowser } from './browser.ts';
import { DEMO_PASSWORD, STAFF_E001, sendChatMessage } from './standVisit.ts';

const EXHIBITOR = 'e001';
const PLAIN_WORDS =
  'Live video can’t be reached right now; everything else keeps working. Try again in a minute.';

async function call(
  stack: RunningStack,
  method: string,
  pathname: string,
  token?: string,
  body?: unknown,
) {
  const response = await fetch(new URL(pathname, stack.apiUrl), {
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

/** The stand's staff signs in and goes live with a webinar starting now, through the api. */
async function goLiveThroughApi(stack: RunningStack, title: string): Promise<void> {
  const staff = SessionSchema.parse(
    await call(stack, 'POST', '/api/sessions', undefined, {
      email: STAFF_E001,
      password: DEMO_PASSWORD,
    }),
  );
  const webinar = WebinarSchema.parse(
    await call(stack, 'POST', `/api/stands/${EXHIBITOR}/webinars`, staff.token, {
      title: { ru: `Эфир ${title}`, en: title },
      description: { ru: 'Без видеосвязи', en: 'Without live video' },
      startsAt: new Date().toISOString(),
      durationMinutes: 30,
      language: 'ru',
    }),
  );
  await call(stack, 'PUT', `/api/webinars/${webinar.id}/live`, staff.token, { live: true });
}

describeInBrowser('live video out of reach', (browser) => {
  let stack: RunningStack | undefined;
  let dataDir = '';

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'salon-e2e-nolive-'));
    const closed = `ws://127.0.0.1:${String(await freePort())}`;
    stack = await startStack({
      apiPort: await freePort(),
      gamePort: await freePort(),
      clientPort: await freePort(),
      dataDir,
      client: 'preview',
      sessionSecret: randomBytes(32).toString('base64url'),
      livekit: null,
      echo: false,
      env: {
        LOG_LEVEL: 'warn',
        LIVEKIT_URL: closed,
        LIVEKIT_API_KEY: 'devkey',
        LIVEKIT_API_SECRET: randomBytes(32).toString('base64url'),
      },
    });
  });

  afterAll(async () => {
    await stack?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('says so in plain words on the stand, offers to try again, and the stand chat still posts', async () => {
    if (!stack) throw new Error('The second stack did not start');
    const title = `Out of reach ${String(Date.now())}`;
    await goLiveThroughApi(stack, title);

    const context = await browser().newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const tokenRequests: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && /\/api\/webinars\/[^/]+\/token$/.test(request.url()))
        tokenRequests.push(request.url());
    });
    await page.goto(new URL(`/stands/${EXHIBITOR}`, stack.appUrl).toString());

    const join = page.getByRole('button', { name: `Join the live webinar “${title}”` });
    await expect.poll(() => join.count(), { timeout: 30_000 }).toBe(1);
    await join.click();
    const viewer = page.getByTestId('live-viewer');
    const status = viewer.getByTestId('live-status');
    await expect.poll(() => viewer.getAttribute('data-state'), { timeout: 45_000 }).toBe('failed');
    expect(await status.innerText()).toBe(PLAIN_WORDS);
    expect(await viewer.getByTestId('live-host-camera').count()).toBe(0);
    expect(tokenRequests).toHaveLength(1);

    // Trying again reaches the same plain answer, and nothing breaks on the way.
    const retry = viewer.getByRole('button', { name: 'Try again' });
    expect(await retry.count()).toBe(1);
    await retry.click();
    await expect.poll(() => tokenRequests.length, { timeout: 15_000 }).toBe(2);
    await expect.poll(() => viewer.getAttribute('data-state'), { timeout: 45_000 }).toBe('failed');
    expect(await status.innerText()).toBe(PLAIN_WORDS);

    // Everything else keeps working: the stand chat beside the viewer posts, the page stays.
    await sendChatMessage(viewer, `Is the webinar coming back? ${String(Date.now())}`);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
