/**
 * The grants in every LiveKit token the forum routes issue, for every role, decoded from the
 * JWT (signed offline; the integration suite runs them against a real server). Nobody but the
 * studio's people ever gets a token naming the studio room; only the producer may publish into
 * the program room. And the public broadcast status, and each stage's live event.
 */
import {
  BroadcastSchema,
  ForumLiveTokenSchema,
  ProblemSchema,
  StageLiveSchema,
  StudioTokensSchema,
  type Session,
} from '@salon/shared';
import { decodeJwt, jwtVerify } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { auth } from '../../../test/actors.ts';
import { forumActors, type ForumActors } from '../../../test/forumActors.ts';
import { expectStatus } from '../../../test/expectStatus.ts';
import { studioCalls } from '../../../test/studioCalls.ts';
import { useTestApp } from '../../../test/testApp.ts';
import { demoFair } from '../../../test/testDatabases.ts';

const LIVEKIT = {
  url: 'ws://127.0.0.1:1',
  publicUrl: 'wss://live.salon.example',
  apiKey: 'key',
  apiSecret: 'a-livekit-secret-that-is-long-enough',
};
const app = useTestApp({ livekit: LIVEKIT });
const { call, produce } = studioCalls(app);
const EVENT = 'ev010';
let people: ForumActors;

interface Claims {
  sub: string;
  exp: number;
  video: Record<string, unknown>;
  attributes?: Record<string, string>;
}

async function decoded(token: string): Promise<Claims> {
  await jwtVerify(token, new TextEncoder().encode(LIVEKIT.apiSecret));
  return decodeJwt(token) as unknown as Claims;
}

function request(route: 'studio-token' | 'program-token', session: Session, eventId = EVENT) {
  return app().inject({
    method: 'POST',
    url: `/api/events/${eventId}/${route}`,
    headers: auth(session),
  });
}

async function studioTokens(session: Session) {
  const response = await request('studio-token', session);
  expectStatus(response, 200);
  return StudioTokensSchema.parse(response.json());
}

async function programToken(session: Session) {
  const response = await request('program-token', session);
  expectStatus(response, 200);
  return ForumLiveTokenSchema.parse(response.json());
}

function studio(action: 'live' | 'end') {
  return app().inject({
    method: 'POST',
    url: `/api/events/${EVENT}/studio/${action}`,
    headers: auth(people.producer),
  });
}

const STUDIO_ROOM = `forum-${EVENT}-studio`;
const PROGRAM_ROOM = `forum-${EVENT}-program`;

beforeAll(async () => {
  people = await forumActors(app(), EVENT);
});

describe('studio tokens', () => {
  it('give the producer room admin in the studio and a token that publishes the program', async () => {
    const tokens = await studioTokens(people.producer);
    expect(tokens.studio).toMatchObject({
      kind: 'studio',
      role: 'producer',
      room: STUDIO_ROOM,
      url: LIVEKIT.publicUrl,
      identity: people.producer.user.id,
      canPublish: true,
    });
    expect((await decoded(tokens.studio.token)).video).toEqual({
      room: STUDIO_ROOM,
      roomJoin: true,
      roomAdmin: true,
      canPublish: true,
      canPublishSources: ['camera', 'microphone'],
      canSubscribe: true,
      canPublishData: false,
      canUpdateOwnMetadata: false,
    });
    expect(tokens.program).toMatchObject({ kind: 'program', room: PROGRAM_ROOM, canPublish: true });
    expect((await decoded(tokens.program?.token ?? '')).video).toEqual({
      room: PROGRAM_ROOM,
      roomJoin: true,
      canPublish: true,
      canSubscribe: true,
      canPublishData: false,
      canUpdateOwnMetadata: false,
    });
  });

  it.each(['moderator', 'speaker'] as const)(
    'give the %s camera and microphone in the studio, no admin, and no program token',
    async (key) => {
      const tokens = await studioTokens(people[key]);
      expect(tokens.studio.role).toBe(key);
      expect(tokens.program).toBeNull();
      const claims = await decoded(tokens.studio.token);
      expect(claims.sub).toBe(people[key].user.id);
      expect(claims.attributes).toEqual({ role: key });
      expect(claims.video).toEqual({
        room: STUDIO_ROOM,
        roomJoin: true,
        canPublish: true,
        canPublishSources: ['camera', 'microphone'],
        canSubscribe: true,
        canPublishData: false,
        canUpdateOwnMetadata: false,
      });
    },
  );

  it('name only this event’s studio, whatever the request says', async () => {
    const response = await app().inject({
      method: 'POST',
      url: `/api/events/${EVENT}/studio-token?room=forum-ev001-studio`,
      headers: auth(people.speaker),
      payload: { room: 'forum-ev001-studio' },
    });
    const tokens = StudioTokensSchema.parse(response.json());
    expect((await decoded(tokens.studio.token)).video['room']).toBe(STUDIO_ROOM);
  });

  it("are refused to a speaker of another event at this one's studio", async () => {
    const elsewhere = await forumActors(app(), 'ev011');
    expect((await request('studio-token', elsewhere.speaker)).statusCode).toBe(403);
    expect((await request('studio-token', elsewhere.producer)).statusCode).toBe(403);
  });

  it('expire after ten minutes', async () => {
    const tokens = await studioTokens(people.producer);
    const lifetime = (await decoded(tokens.studio.token)).exp - Math.floor(Date.now() / 1000);
    expect(lifetime).toBeGreaterThan(9 * 60);
    expect(lifetime).toBeLessThanOrEqual(10 * 60);
  });
});

describe('program tokens', () => {
  it('are refused before the event goes live, saying when it starts', async () => {
    const response = await request('program-token', people.viewer);
    expect(response.statusCode).toBe(409);
    expect(ProblemSchema.parse(response.json()).detail).toContain('starts at');
    expect((await studio('live')).statusCode).toBe(200);
  });

  it.each([
    'viewer',
    'guest',
    'chatExpert',
    'organiser',
    'moderator',
    'speaker',
    'producer',
  ] as const)(
    'give the %s a subscribe-only, hidden token for the program room, never the studio',
    async (key) => {
      const token = await programToken(people[key]);
      expect(token).toMatchObject({
        kind: 'program',
        role: 'viewer',
        room: PROGRAM_ROOM,
        canPublish: false,
      });
      const claims = await decoded(token.token);
      expect(claims.video).toEqual({
        room: PROGRAM_ROOM,
        roomJoin: true,
        canPublish: false,
        canSubscribe: true,
        canPublishData: false,
        canUpdateOwnMetadata: false,
        hidden: true,
      });
      expect(JSON.stringify(claims)).not.toContain('studio');
    },
  );

  it('give one viewer a new identity per token, so a second tab does not push the first out', async () => {
    const first = await programToken(people.viewer);
    const second = await programToken(people.viewer);
    expect(first.identity).not.toBe(second.identity);
    expect(first.identity.startsWith(people.viewer.user.id)).toBe(true);
    expect((await decoded(second.token)).sub).toBe(second.identity);
  });

  it('are refused after the event ends, pointing to the recording; studio tokens too', async () => {
    expect((await studio('end')).statusCode).toBe(200);
    const late = await request('program-token', people.viewer);
    expect(late.statusCode).toBe(409);
    expect(ProblemSchema.parse(late.json()).detail).toContain(`/api/events/${EVENT}/recording`);
    expect((await request('studio-token', people.producer)).statusCode).toBe(409);
  });

  it('are refused for unknown events and malformed ids', async () => {
    expect((await request('program-token', people.viewer, 'ev9999')).statusCode).toBe(404);
    expect((await request('program-token', people.viewer, 'EV<1>')).statusCode).toBe(400);
  });
});

describe('broadcast status and the live event of a stage', () => {
  it('shows nothing live on a stage until an event there goes live, then it and its program room', async () => {
    const event = demoFair.events.find((candidate) => candidate.id === 'ev034');
    if (!event) throw new Error('No ev034 in the demo fair');
    const people = await forumActors(app(), event.id);
    const before = await call('GET', `/api/stages/${event.stageId}/live`, null);
    expect(before.statusCode).toBe(404);
    expect(
      BroadcastSchema.parse((await call('GET', `/api/events/${event.id}/broadcast`, null)).json()),
    ).toMatchObject({ status: 'scheduled', programRoom: null });

    await produce(people, 'POST', 'live');
    const live = StageLiveSchema.parse(
      (await call('GET', `/api/stages/${event.stageId}/live`, null)).json(),
    );
    expect(live.event.id).toBe(event.id);
    expect(live.broadcast).toMatchObject({
      status: 'live',
      programRoom: `forum-${event.id}-program`,
    });

    await produce(people, 'POST', 'end');
    expect((await call('GET', `/api/stages/${event.stageId}/live`, null)).statusCode).toBe(404);
  });

  it('answers 404 for an unknown stage', async () => {
    const response = await call('GET', '/api/stages/stage-none/live', null);
    expect(response.statusCode).toBe(404);
    expect(ProblemSchema.parse(response.json()).title).toBe('Stage not found');
  });
});
