/**
 * A webinar on a real livekit-server, with real WebRTC participants (@livekit/rtc-node): the
 * host publishes and a visitor decodes the host's video; the visitor cannot publish until the
 * host brings their raised hand on stage (a server-side permission change), then can; taken off
 * stage, their video stops; ending the webinar disconnects everyone.
 */
import { dispose, RoomEvent } from '@livekit/rtc-node';
import { WebinarSchema, type Session } from '@salon/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auth, standActors, type StandActors } from '../../../test/actors.ts';
import { joinWebinarAs, liveWebinar } from '../../../test/webinars.ts';
import { LiveParticipant } from '../../../test/liveParticipant.ts';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp();
let actors: StandActors;
let webinarId = '';
const host = new LiveParticipant();
const visitor = new LiveParticipant();

function joinAs(participant: LiveParticipant, session: Session): Promise<void> {
  return joinWebinarAs(app(), webinarId, participant, session);
}

function api(method: 'PUT', url: string, session: Session, payload: object) {
  return app().inject({ method, url, headers: auth(session), payload });
}

describe.skipIf(!inject('livekit'))('a webinar on a real LiveKit server', () => {
  beforeAll(async () => {
    actors = await standActors(app(), 'e001', 'e002');
    webinarId = await liveWebinar(app(), actors.own, 'e001', { ru: 'Прямой эфир', en: 'Live' });
  });

  afterAll(async () => {
    await visitor.leave().catch(() => undefined);
    await host.leave().catch(() => undefined);
    await dispose();
  });

  it("delivers the host's video to a visitor, who decodes its frames", async () => {
    await joinAs(host, actors.own);
    await host.publishCamera();
    await joinAs(visitor, actors.guest);
    await visitor.until(
      () => (visitor.framesFrom.get(actors.own.user.id) ?? 0) >= 10,
      15_000,
      'host frames',
    );
    expect(visitor.framesFrom.get(actors.own.user.id)).toBeGreaterThanOrEqual(10);
  });

  it('refuses a visitor publishing without being on stage', async () => {
    await expect(visitor.publishCamera()).rejects.toThrow();
  });

  it("shows the host a visitor's raised hand", async () => {
    let raised = false;
    host.room.on(RoomEvent.ParticipantAttributesChanged, (changed, participant) => {
      if (participant.identity === actors.guest.user.id && changed['hand'] === 'raised')
        raised = true;
    });
    expect(
      (await api('PUT', `/api/webinars/${webinarId}/hand`, actors.guest, { raised: true }))
        .statusCode,
    ).toBe(204);
    await host.until(() => raised, 5000, 'the raised hand');
    expect(raised).toBe(true);
  });

  it('lets a visitor brought on stage publish, and stops their video when taken off', async () => {
    const onStage = await api('PUT', `/api/webinars/${webinarId}/stage`, actors.own, {
      identity: actors.guest.user.id,
      onStage: true,
    });
    expect(onStage.statusCode).toBe(204);
    // The permission arrives with the `stage` attribute, in the same update from the server.
    await visitor.ownAttribute('stage', 'on');
    await visitor.publishCamera();
    await host.until(
      () => (host.framesFrom.get(actors.guest.user.id) ?? 0) >= 5,
      15_000,
      'frames from the promoted visitor',
    );

    let unpublished = false;
    host.room.on(RoomEvent.TrackUnpublished, (_publication, participant) => {
      if (participant.identity === actors.guest.user.id) unpublished = true;
    });
    const offStage = await api('PUT', `/api/webinars/${webinarId}/stage`, actors.own, {
      identity: actors.guest.user.id,
      onStage: false,
    });
    expect(offStage.statusCode).toBe(204);
    await host.until(() => unpublished, 10_000, "the visitor's track to stop");
    expect(unpublished).toBe(true);
  });

  it('disconnects everyone when the host ends the webinar', async () => {
    let disconnected = false;
    visitor.room.on(RoomEvent.Disconnected, () => {
      disconnected = true;
    });
    const ended = await api('PUT', `/api/webinars/${webinarId}/live`, actors.own, { live: false });
    expect(WebinarSchema.parse(ended.json()).status).toBe('ended');
    await visitor.until(() => disconnected, 10_000, 'the disconnect');
    expect(disconnected).toBe(true);
    const late = await app().inject({
      method: 'POST',
      url: `/api/webinars/${webinarId}/token`,
      headers: auth(actors.visitor),
    });
    expect(late.statusCode).toBe(409);
  });
});
