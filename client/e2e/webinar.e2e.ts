/**
 * A live stand webinar through the real interface, with the real stack and a real
 * livekit-server, the host and the guest each in a Chromium of their own (two browser
 * processes, fake cameras and microphones). The staff of e001 schedules a webinar starting now in
 * the dashboard, opens its console, sees their own camera in the preview and goes live; a guest on
 * the stand page joins and decodes the host's video. The guest raises a hand, the host brings them
 * on stage and decodes their camera, then takes them off stage: the guest's camera stops and the
 * host receives nothing from them any more. The host ends the webinar and the guest's page says
 * so in words.
 *
 * What each page sends and receives is read from its own RTCPeerConnections (webinarPages.ts).
 */
import { expect, inject, it } from 'vitest';
import { describeInBrowser, openPage, FAKE_MEDIA_FLAGS } from './browser.ts';
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

describeInBrowser(
  'a live stand webinar through the interface',
  (hostBrowser) => {
    const guestBrowser = guestChromium();

    it.skipIf(!inject('livekitUrl'))(
      'host goes live from the console; a guest watches, comes on stage, goes off; the end is said',
      async () => {
        const title = `Live demo ${String(Date.now())}`;

        // 1. The host: the dashboard, a webinar starting now, its console, the preview, live.
        const { host, hostConsole } = await hostGoesLive(hostBrowser(), title);
        const audience = hostConsole.getByTestId('audience');
        expect(await audience.getByRole('heading', { level: 2 }).innerText()).toBe('0 viewers');

        // 2. A guest, in the other Chromium, joins from the stand page and decodes the host.
        expect(guestBrowser()).not.toBe(hostBrowser());
        const guest = await openPage(guestBrowser(), `/stands/${EXHIBITOR}`, 'en');
        await watchPeerConnections(guest.page);
        await guest.page.reload(); // the init script runs from the next document on
        const viewer = await joinFromStandPage(guest.page, title);
        await expectDecoding(viewer.getByTestId('live-host-camera'));
        await expect
          .poll(() => audience.getByRole('heading', { level: 2 }).innerText(), { timeout: 15_000 })
          .toBe('1 viewer');
        expect(await viewer.getByTestId('live-audience').innerText()).toBe('1 watching');

        // 3. The guest raises a hand; the host brings them on stage and sees their camera.
        expect(await liveVideoTracks(guest.page, 'senders')).toBe(0);
        await viewer.getByRole('button', { name: 'Raise hand' }).click();
        const bring = audience
          .getByTestId('raised-hands')
          .getByRole('button', { name: /^Bring .+ on stage$/ });
        await expect.poll(() => bring.count(), { timeout: 15_000 }).toBe(1);
        await bring.click();
        const turnOn = viewer.getByRole('button', { name: 'Turn on camera and microphone' });
        await expect.poll(() => turnOn.count(), { timeout: 15_000 }).toBe(1);
        const stagePrompt = viewer.getByTestId('viewer-stage').getByRole('alert');
        expect(await stagePrompt.innerText()).toContain('You’re on stage');
        await turnOn.click();
        await expect
          .poll(() => viewer.getByTestId('viewer-stage').innerText(), { timeout: MEDIA_TIMEOUT })
          .toContain('You are on stage');
        await expect
          .poll(() => liveVideoTracks(guest.page, 'senders'), { timeout: MEDIA_TIMEOUT })
          .toBe(1);
        await expectDecoding(audience.getByTestId('stage-video'));
        expect(await liveVideoTracks(host.page, 'receivers')).toBe(1);

        // The host takes them off stage: their camera stops, the host receives nothing of it.
        await audience.getByRole('button', { name: /^Take .+ off stage$/ }).click();
        await expect
          .poll(() => viewer.getByTestId('viewer-stage').innerText(), { timeout: 15_000 })
          .toContain('You are off stage now');
        await expect
          .poll(() => liveVideoTracks(guest.page, 'senders'), { timeout: MEDIA_TIMEOUT })
          .toBe(0);
        await expect
          .poll(() => liveVideoTracks(host.page, 'receivers'), { timeout: MEDIA_TIMEOUT })
          .toBe(0);
        expect(await audience.getByTestId('stage-video').count()).toBe(0);
        expect(await viewer.getByRole('button', { name: 'Raise hand' }).count()).toBe(1);

        // 4. The host ends the webinar; the guest's page says it ended.
        await endWebinar(hostConsole);
        await expect
          .poll(() => viewer.getByTestId('live-status').innerText(), { timeout: 30_000 })
          .toBe('The webinar has ended. Thank you for watching!');
        expect(await viewer.getAttribute('data-state')).toBe('ended');
        expect(await viewer.getByTestId('live-host-camera').count()).toBe(0);

        expect(host.errors).toEqual([]);
        expect(guest.errors).toEqual([]);
        await host.page.context().close();
        await guest.page.context().close();
      },
      240_000,
    );
  },
  FAKE_MEDIA_FLAGS,
);
