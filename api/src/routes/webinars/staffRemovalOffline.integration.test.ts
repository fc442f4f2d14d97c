/**
 * Taking a person off a stand's staff during its live webinar while the api cannot reach LiveKit
 * (a network split: the room's participants still reach it). They are off the staff at once and
 * get only a visitor's token from then on; their session in the room, with its host grants, is
 * removed as soon as the api reaches LiveKit again. Real livekit-server and rtc-node; the api
 * talks to LiveKit through a TCP proxy the test cuts and restores, and retries on a short
 * schedule so the test need not wait out the real one.
 */
import { dispose, RoomEvent } from '@livekit/rtc-node';
import { StandDetailSchema, type Session } from '@salon/shared';
import { RoomServiceClient, TokenVerifier } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../../../scripts/lib/freePort.ts';
import { actor, auth, standActors, type StandActors } from '../../../test/actors.ts';
import { LiveParticipant } from '../../../test/liveParticipant.ts';
import { startTcpProxy, type TcpProxy } from '../../../test/tcpProxy.ts';
import { joinWebinarAs, liveToken, liveWebinar } from '../../../test/webinars.ts';
import { useTestApp } from '../../../test/testApp.ts';
import { webinarRoom } from '../../live/liveRooms.ts';

const livekit = inject('livekit');
const proxyPort = await freePort();
const RETRY_PAUSE_MS = 200;
// Room administration goes through the proxy; tokens send participants to LiveKit directly.
const app = useTestApp({
  livekit: livekit && { ...livekit, url: `ws://127.0.0.1:${String(proxyPort)}` },
  livekitRetries: { delaysMs: [RETRY_PAUSE_MS], giveUpAfterMs: 60_000 },
});

let actors: StandActors;
let colleague: Session;
let webinarId = '';
let proxy: TcpProxy | undefined;
const host = new LiveParticipant();
const colleagueInRoom = new LiveParticipant();
let colleagueDisconnected = false;

/** Who LiveKit itself lists in the webinar's room, asked directly (not through the proxy). */
async function inRoom(): Promise<string[]> {
  if (!livekit) return [];
  const rooms = new RoomServiceClient(
    livekit.url.replace(/^ws/, 'http'),
    livekit.apiKey,
    livekit.apiSecret,
  );
  const participants = await rooms.listParticipants(webinarRoom(webinarId));
  return participants.map((participant) => participant.identity);
}

function joinAs(participant: LiveParticipant, session: Session): Promise<void> {
  return joinWebinarAs(app(), webinarId, participant, session);
}

describe.skipIf(!livekit)(
  'taking a colleague off the staff while the api cannot reach LiveKit',
  () => {
    beforeAll(async () => {
      if (!livekit) return;
      proxy = await startTcpProxy(Number(new URL(livekit.url).port), proxyPort);
      actors = await standActors(app(), 'e001', 'e002');
      colleague = await actor(app(), 'exhibitor', 'e001');
      webinarId = await liveWebinar(app(), actors.own, 'e001', { ru: 'Разрыв', en: 'Partition' });
      await joinAs(host, actors.own);
      await joinAs(colleagueInRoom, colleague);
      colleagueInRoom.room.on(RoomEvent.Disconnected, () => {
        colleagueDisconnected = true;
      });
    });

    afterAll(async () => {
      await proxy?.stop();
      await colleagueInRoom.leave().catch(() => undefined);
      await host.leave().catch(() => undefined);
      await dispose();
    });

    it('takes them off the staff at once', async () => {
      await proxy?.cut();
      const removed = await app().inject({
        method: 'DELETE',
        url: `/api/stands/e001/staff/${colleague.user.id}`,
        headers: auth(actors.organiser),
      });
      expect(removed.statusCode).toBe(204);
      const stand = StandDetailSchema.parse(
        (await app().inject({ method: 'GET', url: '/api/stands/e001' })).json(),
      );
      expect(stand.staff.map((member) => member.userId)).not.toContain(colleague.user.id);
    });

    it('gives them only a visitor’s token from then on, and no host controls', async () => {
      if (!livekit) return;
      const again = await liveToken(app(), webinarId, colleague);
      expect(again.role).toBe('viewer');
      const claims = await new TokenVerifier(livekit.apiKey, livekit.apiSecret).verify(again.token);
      expect(claims.video).toMatchObject({ room: webinarRoom(webinarId), canPublish: false });
      expect(claims.video?.roomAdmin).toBeFalsy();
      const end = await app().inject({
        method: 'PUT',
        url: `/api/webinars/${webinarId}/live`,
        headers: auth(colleague),
        payload: { live: false },
      });
      expect(end.statusCode).toBe(403);
    });

    it('leaves their session in the room while LiveKit stays out of reach', async () => {
      await new Promise((resolve) => setTimeout(resolve, 5 * RETRY_PAUSE_MS));
      expect(colleagueDisconnected).toBe(false);
      expect(await inRoom()).toContain(colleague.user.id);
    });

    it('removes them from the room once LiveKit answers again; the host stays', async () => {
      await proxy?.restore();
      await colleagueInRoom.until(() => colleagueDisconnected, 10_000, 'the removal');
      expect(colleagueInRoom.room.isConnected).toBe(false);
      expect(await inRoom()).toEqual([actors.own.user.id]);
      expect(host.room.isConnected).toBe(true);
    });
  },
);
