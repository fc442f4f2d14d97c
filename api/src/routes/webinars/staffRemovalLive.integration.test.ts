/**
 * Taking a person off a stand's staff during its live webinar: they are disconnected from the
 * room at once (their host token would otherwise be renewed by LiveKit for as long as they stay),
 * and when they come back they are given a visitor's token. Real livekit-server and rtc-node.
 */
import { dispose, RoomEvent } from '@livekit/rtc-node';
import { type Session } from '@salon/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { actor, auth, standActors, type StandActors } from '../../../test/actors.ts';
import { LiveParticipant } from '../../../test/liveParticipant.ts';
import { liveToken, liveWebinar } from '../../../test/webinars.ts';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp();
let actors: StandActors;
let colleague: Session;
let webinarId = '';
const host = new LiveParticipant();
const colleagueInRoom = new LiveParticipant();

const tokenFor = (session: Session) => liveToken(app(), webinarId, session);

describe.skipIf(!inject('livekit'))('a colleague taken off the staff during a webinar', () => {
  beforeAll(async () => {
    actors = await standActors(app(), 'e001', 'e002');
    colleague = await actor(app(), 'exhibitor', 'e001');
    webinarId = await liveWebinar(app(), actors.own, 'e001', { ru: 'Смена', en: 'Handover' });
    const hostToken = await tokenFor(actors.own);
    await host.join(hostToken.url, hostToken.token);
    const colleagueToken = await tokenFor(colleague);
    if (colleagueToken.role !== 'host') throw new Error('Staff should host their own webinar');
    await colleagueInRoom.join(colleagueToken.url, colleagueToken.token);
  });

  afterAll(async () => {
    await colleagueInRoom.leave().catch(() => undefined);
    await host.leave().catch(() => undefined);
    await dispose();
  });

  it('is disconnected from the room at once; the host stays', async () => {
    let disconnected = false;
    colleagueInRoom.room.on(RoomEvent.Disconnected, () => {
      disconnected = true;
    });
    const removed = await app().inject({
      method: 'DELETE',
      url: `/api/stands/e001/staff/${colleague.user.id}`,
      headers: auth(actors.own),
    });
    expect(removed.statusCode).toBe(204);
    await colleagueInRoom.until(() => disconnected, 10_000, 'the disconnect');
    expect(colleagueInRoom.room.isConnected).toBe(false);
    expect(host.room.isConnected).toBe(true);
  });

  it('comes back as a visitor: a viewer token, without host grants', async () => {
    const again = await tokenFor(colleague);
    expect(again.role).toBe('viewer');
  });
});
