/**
 * A dropped live connection rejoins on its own, with the real stack and a real livekit-server,
 * the host and the guest each in a Chromium of their own. The host goes live from the console; a
 * guest on the stand page decodes the host's video. Then the guest's way to LiveKit breaks: an
 * init script closes the page's LiveKit WebSockets and peer connections and refuses new
 * WebSockets to LiveKit (as a network that lost its route would), while the api stays
 * reachable. livekit-client tries to resume and gives up; the app's own connection asks the api
 * for a fresh token and tries again, backing off. Meanwhile the page says in words that the
 * connection is lost and the stand chat keeps working. When the route comes back, the same
 * page (no reload) is live again and decodes the host's frames, and the host counts one viewer.
 */
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { freePort } from '../../scripts/lib/freePort.ts';
import { describeInBrowser, openPage, FAKE_MEDIA_FLAGS } from './browser.ts';
import { sendChatMessage } from './standVisit.ts';
import {
  endWebinar,
  expectDecoding,
  guestChromium,
  hostGoesLive,
  joinFromStandPage,
  liveVideoTracks,
  MEDIA_TIMEOUT,
  watchPeerConnections,
} from './webinarPages.ts';

const EXHIBITOR = 'e001';
/** livekit-client retries for about 45 s before it gives up; then the app's rejoin begins. */
const GIVE_UP_TIMEOUT = 150_000;

interface LiveNetwork {
  cut: boolean;
  /** WebSockets to LiveKit opened while the route was cut (each failed at once). */
  refused: number;
}

declare global {
  interface Window {
    __liveNetwork?: LiveNetwork;
    __sameDocument?: boolean;
  }
}

/**
 * Lets the test cut the page's route to LiveKit: while cut, a WebSocket to `livekitUrl` goes to
 * `closedPort` on loopback instead, where nothing listens, and fails as an unreachable server does.
 */
async function routeToLivekitCanBreak(
  page: Page,
  livekitUrl: string,
  closedPort: number,
): Promise<void> {
  await page.context().addInitScript(
    ({ origin, closed }) => {
      const Native = window.WebSocket;
      const network: LiveNetwork = { cut: false, refused: 0 };
      window.__liveNetwork = network;
      const sockets: WebSocket[] = [];
      window.WebSocket = class extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
          const toLivekit = String(url).startsWith(origin);
          const refused = toLivekit && network.cut;
          if (refused) network.refused += 1;
          super(refused ? `ws://127.0.0.1:${String(closed)}/rtc` : url, protocols);
          if (toLivekit) sockets.push(this);
        }
      };
      // Read by cutRoute below through the page: the sockets made so far.
      Object.defineProperty(window, '__livekitSockets', { value: sockets });
    },
    { origin: livekitUrl.replace(/\/$/, ''), closed: closedPort },
  );
}

/** Breaks the route: open LiveKit sockets and peer connections close, new sockets fail. */
function cutRoute(page: Page): Promise<void> {
  return page.evaluate(() => {
    const network = window.__liveNetwork;
    if (!network) throw new Error('The LiveKit route is not under the test');
    network.cut = true;
    const sockets = (window as unknown as { __livekitSockets: WebSocket[] }).__livekitSockets;
    for (const socket of sockets) if (socket.readyState <= WebSocket.OPEN) socket.close();
    for (const connection of window.__peerConnections ?? []) connection.close();
  });
}

function restoreRoute(page: Page): Promise<void> {
  return page.evaluate(() => {
    if (window.__liveNetwork) window.__liveNetwork.cut = false;
  });
}

describeInBrowser(
  'a dropped live connection',
  (hostBrowser) => {
    const guestBrowser = guestChromium();

    it.skipIf(!inject('livekitUrl'))(
      "says so in words, keeps the chat, rejoins by itself and decodes the host's video again without a reload",
      async () => {
        const livekitUrl = inject('livekitUrl') ?? '';
        const title = `Reconnect ${String(Date.now())}`;

        const { host, hostConsole } = await hostGoesLive(hostBrowser(), title);
        const viewers = hostConsole.getByTestId('audience').getByRole('heading', { level: 2 });

        const guest = await openPage(guestBrowser(), `/stands/${EXHIBITOR}`, 'en');
        await watchPeerConnections(guest.page);
        await routeToLivekitCanBreak(guest.page, livekitUrl, await freePort());
        await guest.page.reload(); // the init scripts run from the next document on
        const tokenRequests: string[] = [];
        guest.page.on('request', (request) => {
          if (request.method() === 'POST' && /\/api\/webinars\/[^/]+\/token$/.test(request.url()))
            tokenRequests.push(request.url());
        });
        const viewer = await joinFromStandPage(guest.page, title);
        const hostCamera = viewer.getByTestId('live-host-camera');
        await expectDecoding(hostCamera);
        await expect.poll(() => viewers.innerText(), { timeout: 15_000 }).toBe('1 viewer');
        expect(tokenRequests).toHaveLength(1);
        await guest.page.evaluate(() => {
          window.__sameDocument = true;
        });

        // The route to LiveKit breaks: the page says the connection is lost, in words.
        await cutRoute(guest.page);
        const status = viewer.getByTestId('live-status');
        await expect
          .poll(() => viewer.getAttribute('data-state'), { timeout: 15_000 })
          .toBe('reconnecting');
        expect(await liveVideoTracks(guest.page, 'receivers')).toBe(0);
        await expect
          .poll(() => status.innerText(), { timeout: 15_000 })
          .toMatch(/^(Connection lost, reconnecting…|Live video can’t be reached right now)/);

        // Everything else keeps working: the stand chat beside the video still posts.
        await sendChatMessage(viewer, `Still here during the drop ${String(Date.now())}`);

        // livekit-client gives up; the app asks the api for a fresh token and tries again.
        await expect
          .poll(() => tokenRequests.length, { timeout: GIVE_UP_TIMEOUT, interval: 500 })
          .toBeGreaterThanOrEqual(2);
        await expect
          .poll(() => status.innerText(), { timeout: 30_000 })
          .toBe(
            'Live video can’t be reached right now; everything else keeps working. Try again in a minute.',
          );
        expect(await viewer.getAttribute('data-state')).toBe('reconnecting');
        // Nothing of the host is shown while the room is gone.
        expect(await hostCamera.count()).toBe(0);
        expect(await guest.page.evaluate(() => window.__liveNetwork?.refused ?? 0)).toBeGreaterThan(
          0,
        );

        // The route comes back: the same page is live again and decodes the host's frames.
        await restoreRoute(guest.page);
        await expect
          .poll(() => viewer.getAttribute('data-state'), { timeout: MEDIA_TIMEOUT })
          .toBe('connected');
        await expectDecoding(hostCamera);
        expect(await liveVideoTracks(guest.page, 'receivers')).toBeGreaterThanOrEqual(1);
        expect(await status.innerText()).toBe('Live');
        expect(await guest.page.evaluate(() => window.__sameDocument)).toBe(true);
        await expect.poll(() => viewers.innerText(), { timeout: MEDIA_TIMEOUT }).toBe('1 viewer');

        await endWebinar(hostConsole);
        await expect
          .poll(() => status.innerText(), { timeout: 30_000 })
          .toBe('The webinar has ended. Thank you for watching!');
        expect(host.errors).toEqual([]);
        expect(guest.errors).toEqual([]);
        await host.page.context().close();
        await guest.page.context().close();
      },
      360_000,
    );
  },
  FAKE_MEDIA_FLAGS,
);
