/**
 * The grants in every LiveKit token the api issues, for every role, decoded from the JWT:
 * tokens are signed offline, so no LiveKit server is needed here (the integration suite runs
 * the same tokens against a real one).
 */
import { LiveTokenSchema, ProblemSchema, WebinarSchema, type Session } from '@salon/shared';
import { decodeJwt, jwtVerify } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { actor, auth, standActors, type StandActors } from '../../../test/actors.ts';
import { useTestApp } from '../../../test/testApp.ts';

const LIVEKIT = {
  url: 'ws://127.0.0.1:1',
  publicUrl: 'wss://live.salon.example',
  apiKey: 'key',
  apiSecret: 'a-livekit-secret-that-is-long-enough',
};
const app = useTestApp({ livekit: LIVEKIT });
let actors: StandActors;
let live = '';
let scheduled = '';

async function makeWebinar(
  exhibitorId: string,
  session: Session,
  goLive: boolean,
): Promise<string> {
  const created = await app().inject({
    method: 'POST',
    url: `/api/stands/${exhibitorId}/webinars`,
    headers: auth(session),
    payload: {
      title: { ru: 'Вебинар', en: 'Webinar' },
      description: { ru: 'О продукте', en: 'About the product' },
      startsAt: '2027-04-30T12:00:00+03:00',
      durationMinutes: 30,
      language: 'ru',
    },
  });
  const { id } = WebinarSchema.parse(created.json());
  if (goLive)
    await app().inject({
      method: 'PUT',
      url: `/api/webinars/${id}/live`,
      headers: auth(session),
      payload: { live: true },
    });
  return id;
}

function requestToken(webinarId: string, session: Session | null) {
  return app().inject({
    method: 'POST',
    url: `/api/webinars/${webinarId}/token`,
    headers: session ? auth(session) : {},
  });
}

interface Claims {
  sub: string;
  exp: number;
  iat?: number;
  nbf?: number;
  video: Record<string, unknown>;
  attributes?: Record<string, string>;
}

async function grantsOf(webinarId: string, session: Session) {
  const response = await requestToken(webinarId, session);
  expect(response.statusCode).toBe(200);
  const token = LiveTokenSchema.parse(response.json());
  await jwtVerify(token.token, new TextEncoder().encode(LIVEKIT.apiSecret));
  return { token, claims: decodeJwt(token.token) as unknown as Claims };
}

beforeAll(async () => {
  actors = await standActors(app(), 'e001', 'e002');
  live = await makeWebinar('e001', actors.own, true);
  scheduled = await makeWebinar('e001', actors.own, false);
});

describe('live tokens', () => {
  it("give the stand's own staff host grants for this webinar's room only", async () => {
    const { token, claims } = await grantsOf(live, actors.own);
    expect(token).toMatchObject({
      role: 'host',
      room: `webinar-${live}`,
      url: LIVEKIT.publicUrl,
      identity: actors.own.user.id,
    });
    expect(claims.video).toEqual({
      room: `webinar-${live}`,
      roomJoin: true,
      roomAdmin: true,
      canPublish: true,
      canSubscribe: true,
      canPublishData: true,
      canUpdateOwnMetadata: true,
    });
    expect(claims.attributes).toEqual({ role: 'host' });
  });

  it.each(['visitor', 'guest', 'otherExhibitor', 'organiser'] as const)(
    'give a %s viewer grants: subscribe and send chat, never publish or administer',
    async (key) => {
      const { token, claims } = await grantsOf(live, actors[key]);
      expect(token.role).toBe('viewer');
      expect(claims.video).toEqual({
        room: `webinar-${live}`,
        roomJoin: true,
        canPublish: false,
        canSubscribe: true,
        canPublishData: true,
        canUpdateOwnMetadata: false,
      });
      expect(claims.sub).toBe(actors[key].user.id);
    },
  );

  it.each(['moderator', 'producer', 'chatExpert'] as const)(
    'give forum staff (%s) only viewer grants at stands',
    async (role) => {
      const { claims } = await grantsOf(live, await actor(app(), role));
      expect(claims.video['canPublish']).toBe(false);
      expect(claims.video['roomAdmin']).toBeUndefined();
    },
  );

  it('expire after ten minutes', async () => {
    const { token, claims } = await grantsOf(live, actors.visitor);
    const lifetime = claims.exp - Math.floor(Date.now() / 1000);
    expect(lifetime).toBeGreaterThan(9 * 60);
    expect(lifetime).toBeLessThanOrEqual(10 * 60);
    expect(Date.parse(token.expiresAt) - Date.now()).toBeLessThanOrEqual(10 * 60 * 1000);
  });

  it('are not given to viewers before the host goes live, but are to the host', async () => {
    const early = await requestToken(scheduled, actors.visitor);
    expect(early.statusCode).toBe(409);
    expect(ProblemSchema.parse(early.json()).detail).toContain('not started');
    expect((await requestToken(scheduled, actors.own)).statusCode).toBe(200);
  });

  it('are refused without a session, for unknown webinars and malformed ids', async () => {
    expect((await requestToken(live, null)).statusCode).toBe(401);
    expect(
      (await requestToken('00000000-0000-4000-8000-000000000000', actors.visitor)).statusCode,
    ).toBe(404);
    expect((await requestToken('webinar-1', actors.visitor)).statusCode).toBe(400);
  });

  it('cannot be made to name another room', async () => {
    const response = await app().inject({
      method: 'POST',
      url: `/api/webinars/${live}/token?room=webinar-other`,
      headers: auth(actors.visitor),
      payload: { room: 'webinar-other' },
    });
    const claims = decodeJwt(LiveTokenSchema.parse(response.json()).token);
    expect(claims['video']).toMatchObject({ room: `webinar-${live}` });
  });
});

describe('host controls', () => {
  it.each(['visitor', 'guest', 'otherExhibitor', 'organiser'] as const)(
    'refuse a %s going live, ending, or staging',
    async (key) => {
      const session = actors[key];
      const goLive = await app().inject({
        method: 'PUT',
        url: `/api/webinars/${scheduled}/live`,
        headers: auth(session),
        payload: { live: true },
      });
      expect(goLive.statusCode).toBe(403);
      const stage = await app().inject({
        method: 'PUT',
        url: `/api/webinars/${live}/stage`,
        headers: auth(session),
        payload: { identity: actors.visitor.user.id, onStage: true },
      });
      expect(stage.statusCode).toBe(403);
      expect(
        WebinarSchema.parse((await app().inject(`/api/webinars/${scheduled}`)).json()).status,
      ).toBe('scheduled');
    },
  );

  it('answer plainly when live video cannot be reached', async () => {
    const stage = await app().inject({
      method: 'PUT',
      url: `/api/webinars/${live}/stage`,
      headers: auth(actors.own),
      payload: { identity: actors.visitor.user.id, onStage: true },
    });
    expect(stage.statusCode).toBe(503);
    expect(ProblemSchema.parse(stage.json()).detail).toContain('Everything else keeps working');
    expect(WebinarSchema.parse((await app().inject(`/api/webinars/${live}`)).json()).status).toBe(
      'live',
    );
  });
});
