/**
 * A forum event on a real livekit-server with real WebRTC participants (@livekit/rtc-node),
 * each joining with the only tokens the api gives them. A speaker waits backstage in the studio
 * with a red synthetic camera; the producer sees them there. The producer's compositor follows
 * the studio state over the api's stream and publishes the program: blue while nobody is on
 * air, the on-air speaker's decoded frames otherwise. A viewer in the program room never
 * receives a track from the speaker; their red frames reach the viewer only inside the program
 * and only while on air. Ending the event disconnects the viewer.
 */
import { dispose, RoomEvent, type VideoFrame } from '@livekit/rtc-node';
import {
  EventStaffSchema,
  ForumLiveTokenSchema,
  StudioStreamEventSchema,
  StudioTokensSchema,
  type StudioStreamEvent,
} from '@salon/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auth } from '../../../test/actors.ts';
import { forumActors, type ForumActors } from '../../../test/forumActors.ts';
import { LiveParticipant, looksLike, solidFrame, type Rgb } from '../../../test/liveParticipant.ts';
import { openSse, type SseClient } from '../../../test/sseClient.ts';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp();
const EVENT = 'ev070';
const RED: Rgb = [220, 30, 30];
const BLUE: Rgb = [30, 30, 220];
const WIDTH = 320;
const HEIGHT = 180;

let people: ForumActors;
const speakerInStudio = new LiveParticipant();
const producerInStudio = new LiveParticipant();
const producerOnProgram = new LiveParticipant();
const viewer = new LiveParticipant({ sampleColours: true });
let studioStream: SseClient<StudioStreamEvent>;

function studio(method: 'POST' | 'PUT' | 'DELETE', what: string, payload?: object) {
  return app().inject({
    method,
    url: `/api/events/${EVENT}/studio/${what}`,
    headers: auth(people.producer),
    ...(payload ? { payload } : {}),
  });
}

/** The last few program frames the viewer decoded all look like `colour`. */
function programShows(colour: Rgb, frames = 5): boolean {
  const colours = viewer.coloursFrom.get(people.producer.user.id) ?? [];
  return colours.length >= frames && colours.slice(-frames).every((c) => looksLike(c, colour));
}

describe.skipIf(!inject('livekit'))('a forum event on a real LiveKit server', () => {
  beforeAll(async () => {
    await app().listen({ host: '127.0.0.1', port: 0 });
    people = await forumActors(app(), EVENT);
    if ((await studio('POST', 'live')).statusCode !== 200) throw new Error('Could not go live');

    // Backstage: the speaker and the producer join the studio with their studio tokens.
    for (const [participant, session] of [
      [speakerInStudio, people.speaker],
      [producerInStudio, people.producer],
    ] as const) {
      const response = await app().inject({
        method: 'POST',
        url: `/api/events/${EVENT}/studio-token`,
        headers: auth(session),
      });
      const tokens = StudioTokensSchema.parse(response.json());
      await participant.join(tokens.studio.url, tokens.studio.token);
      if (tokens.program) await producerOnProgram.join(tokens.program.url, tokens.program.token);
    }
    await speakerInStudio.publishCamera(WIDTH, HEIGHT, 15, RED);

    // The producer's compositor: the studio state says who is on air; the staff list says
    // which LiveKit identity (user) appears as that speaker.
    const staff = EventStaffSchema.parse(
      (
        await app().inject({ url: `/api/events/${EVENT}/staff`, headers: auth(people.producer) })
      ).json(),
    );
    const identityOf = new Map(
      staff.members.flatMap((member) =>
        member.speaker ? [[member.speaker.id, member.user.id]] : [],
      ),
    );
    studioStream = await openSse(
      app(),
      `/api/events/${EVENT}/studio/events`,
      StudioStreamEventSchema,
      auth(people.producer),
    );
    const offAir = solidFrame(BLUE, WIDTH, HEIGHT);
    await producerOnProgram.publishProgram(
      (): VideoFrame => {
        const latest = studioStream.events.findLast((event) => event.type === 'state');
        const onAir = latest?.type === 'state' ? latest.state.onAir : null;
        const identity = onAir?.mode === 'video' ? identityOf.get(onAir.speaker.id) : undefined;
        return (identity && producerInStudio.latestFrameFrom.get(identity)) || offAir;
      },
      WIDTH,
      HEIGHT,
      15,
    );

    const response = await app().inject({
      method: 'POST',
      url: `/api/events/${EVENT}/program-token`,
      headers: auth(people.viewer),
    });
    const token = ForumLiveTokenSchema.parse(response.json());
    await viewer.join(token.url, token.token);
  });

  afterAll(async () => {
    await studioStream.close();
    for (const participant of [viewer, producerOnProgram, producerInStudio, speakerInStudio])
      await participant.leave().catch(() => undefined);
    await dispose();
  });

  it("shows the producer the backstage speaker's video, and the viewer only the program", async () => {
    await producerInStudio.until(
      () => (producerInStudio.framesFrom.get(people.speaker.user.id) ?? 0) >= 5,
      15_000,
      'speaker frames at the producer',
    );
    await viewer.until(() => programShows(BLUE, 10), 15_000, 'the blue program at the viewer');
    expect(viewer.framesFrom.has(people.speaker.user.id)).toBe(false);
    expect(viewer.room.name).toBe(`forum-${EVENT}-program`);
    expect([...viewer.room.remoteParticipants.keys()]).toEqual([people.producer.user.id]);
    const tracks = [...viewer.room.remoteParticipants.values()].flatMap((participant) =>
      [...participant.trackPublications.values()].map((publication) => publication.name),
    );
    expect(tracks).toEqual(['program']);
    expect(
      (viewer.coloursFrom.get(people.producer.user.id) ?? []).some((colour) =>
        looksLike(colour, RED),
      ),
    ).toBe(false);
  });

  it("puts the speaker's frames into the program on air, and takes them out off air", async () => {
    const onAirAt = performance.now();
    expect((await studio('PUT', 'on-air', { speakerId: people.speakerId })).statusCode).toBe(200);
    await viewer.until(() => programShows(RED), 10_000, 'the speaker in the program');
    console.info(`on air → viewer: ${String(Math.round(performance.now() - onAirAt))} ms`);
    expect(viewer.framesFrom.has(people.speaker.user.id)).toBe(false);

    expect((await studio('DELETE', 'on-air')).statusCode).toBe(200);
    await viewer.until(() => programShows(BLUE, 10), 10_000, 'the program without the speaker');
  });

  it('keeps an audio-only speaker out of the picture', async () => {
    const response = await studio('PUT', 'on-air', {
      speakerId: people.speakerId,
      mode: 'audioOnly',
    });
    expect(response.statusCode).toBe(200);
    await studioStream.until((events) =>
      events.some((event) => event.type === 'state' && event.state.onAir?.mode === 'audioOnly'),
    );
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(programShows(BLUE, 10)).toBe(true);
  });

  it('disconnects the viewer when the producer ends the event', async () => {
    let disconnected = false;
    viewer.room.on(RoomEvent.Disconnected, () => {
      disconnected = true;
    });
    expect((await studio('POST', 'end')).statusCode).toBe(200);
    await viewer.until(() => disconnected, 10_000, 'the disconnect');
    expect(disconnected).toBe(true);
  });
});
