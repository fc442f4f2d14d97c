/**
 * Ending a webinar while the api cannot reach LiveKit (a network split: the audience still
 * reaches it). The webinar ends at once and no token is given for it any more; the room, which
 * the audience is still in, is closed as soon as the api reaches LiveKit again, which
 * disconnects them. Real livekit-server and real WebRTC participants; the api talks to LiveKit
 * through a TCP proxy the test cuts and restores.
 */
import { dispose, RoomEvent } from '@livekit/rtc-node';
import { WebinarSchema, type Session } from '@salon/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../../../scripts/lib/freePort.ts';
import { auth, standActors, type StandActors } from '../../../test/actors.ts';
import { LiveParticipant } from '../../../test/liveParticipant.ts';
import { startTcpProxy, type TcpProxy } from '../../../test/tcpProxy.ts';
import { joinWebinarAs, liveWebinar } from '../../../test/webinars.ts';
import { useTestApp } from '../../../test/testApp.ts';

const livekit = inject('livekit');
const proxyPort = await freePort();
// Room administration goes through the proxy; tokens send participants to LiveKit directly.
const app = useTestApp({
  livekit: livekit && { ...livekit, url: `ws://127.0.0.1:${String(proxyPort)}` },
});

let actors: StandActors;
let webinarId = '';
let proxy: TcpProxy | undefined;
const host = new LiveParticipant();
const visitor = new LiveParticipant();
let visitorDisconnected = false;

function joinAs(participant: LiveParticipant, session: Session): Promise<void> {
  return joinWebinarAs(app(), webinarId, participant, session);
}

describe.skipIf(!livekit)('ending a webinar while the api cannot reach LiveKit', () => {
  beforeAll(async () => {
    if (!livekit) return;
    proxy = await startTcpProxy(Number(new URL(livekit.url).port), proxyPort);
    actors = await standActors(app(), 'e001', 'e002');
    webinarId = await liveWebinar(app(), actors.own, 'e001', { ru: 'Обрыв', en: 'Split' });
    await joinAs(host, actors.own);
    await host.publishCamera();
    await joinAs(visitor, actors.guest);
    await visitor.until(() => visitor.firstFrameAt.has(actors.own.user.id), 20_000, 'the host');
    visitor.room.on(RoomEvent.Disconnected, () => {
      visitorDisconnected = true;
    });
  });

  afterAll(async () => {
    await proxy?.stop();
    await visitor.leave().catch(() => undefined);
    await host.leave().catch(() => undefined);
    await dispose();
  });

  it('ends at once: the host is told it ended, and nobody gets a token for it', async () => {
    await proxy?.cut();
    const ended = await app().inject({
      method: 'PUT',
      url: `/api/webinars/${webinarId}/live`,
      headers: auth(actors.own),
      payload: { live: false },
    });
    expect(ended.statusCode).toBe(200);
    expect(WebinarSchema.parse(ended.json()).status).toBe('ended');
    const late = await app().inject({
      method: 'POST',
      url: `/api/webinars/${webinarId}/token`,
      headers: auth(actors.visitor),
    });
    expect(late.statusCode).toBe(409);
  });

  it('leaves the audience in the room while LiveKit stays out of reach', async () => {
    // Past the first retries (1 s, then 2 s later).
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect(visitorDisconnected).toBe(false);
    expect(visitor.room.isConnected).toBe(true);
  });

  it('closes the room once LiveKit answers again, which disconnects the audience', async () => {
    await proxy?.restore();
    // The next retry comes at most 5 s after the last one.
    await visitor.until(() => visitorDisconnected, 15_000, 'the room to close');
    expect(visitor.room.isConnected).toBe(false);
  });
});
