/**
 * LiveKit out of reach: an api whose LIVEKIT_URL points at a loopback port where nothing
 * listens. Whatever needs the LiveKit server (raising a hand, bringing someone on stage)
 * answers 503 problem+json in plain words and changes nothing; ending the webinar does not need
 * it (the room closes once LiveKit answers: webinarEndOffline.integration.test.ts); tokens are signed
 * without the server, so a visitor's client learns of the outage from LiveKit itself (see the
 * browser test webinarUnreachable.e2e.ts); and the rest of the stand keeps working.
 */
import { ChatMessageSchema, ProblemSchema, WebinarSchema, type Session } from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { auth, standActors, type StandActors } from '../../../test/actors.ts';
import { createWebinar } from '../../../test/webinars.ts';
import { freePort } from '../../../../scripts/lib/freePort.ts';
import { useTestApp } from '../../../test/testApp.ts';

// A loopback port that was free a moment ago: nothing listens there.
const unreachable = `ws://127.0.0.1:${String(await freePort())}`;
const app = useTestApp({
  livekit: {
    url: unreachable,
    publicUrl: unreachable,
    apiKey: 'devkey',
    apiSecret: 'a-secret-of-at-least-thirty-two-characters',
  },
});

const PLAIN_WORDS =
  'Live video cannot be reached right now. Everything else keeps working; try again in a minute.';

let actors: StandActors;
let webinarId = '';

function put(url: string, session: Session, payload: object) {
  return app().inject({ method: 'PUT', url, headers: auth(session), payload });
}

/** The answer as a person reads it: status, media type, title and sentence. */
function problemOf(response: {
  statusCode: number;
  headers: Record<string, unknown>;
  json(): unknown;
}) {
  const problem = ProblemSchema.parse(response.json());
  return {
    status: response.statusCode,
    type: String(response.headers['content-type']).split(';')[0],
    title: problem.title,
    detail: problem.detail,
  };
}

const UNAVAILABLE = {
  status: 503,
  type: 'application/problem+json',
  title: 'Live video unavailable',
  detail: PLAIN_WORDS,
};

describe('a webinar while LiveKit cannot be reached', () => {
  beforeAll(async () => {
    actors = await standActors(app(), 'e001', 'e002');
    webinarId = await createWebinar(app(), actors.own, 'e001', {
      ru: 'Без связи',
      en: 'Out of reach',
    });
  });

  it('goes live without the server, and gives a visitor a token for it', async () => {
    const live = await put(`/api/webinars/${webinarId}/live`, actors.own, { live: true });
    expect(WebinarSchema.parse(live.json()).status).toBe('live');
    const token = await app().inject({
      method: 'POST',
      url: `/api/webinars/${webinarId}/token`,
      headers: auth(actors.guest),
    });
    expect(token.statusCode).toBe(200);
    expect(token.json()).toMatchObject({ url: unreachable, role: 'viewer' });
  });

  it('answers a raised hand with 503 in plain words', async () => {
    expect(
      problemOf(await put(`/api/webinars/${webinarId}/hand`, actors.guest, { raised: true })),
    ).toEqual(UNAVAILABLE);
  });

  it('answers the host bringing someone on stage with 503 in plain words', async () => {
    expect(
      problemOf(
        await put(`/api/webinars/${webinarId}/stage`, actors.own, {
          identity: actors.guest.user.id,
          onStage: true,
        }),
      ),
    ).toEqual(UNAVAILABLE);
  });

  it('ends the webinar all the same: nobody gets a token for it any more', async () => {
    const ended = await put(`/api/webinars/${webinarId}/live`, actors.own, { live: false });
    expect(ended.statusCode).toBe(200);
    expect(WebinarSchema.parse(ended.json()).status).toBe('ended');
    const webinar = await app().inject({ url: `/api/webinars/${webinarId}` });
    expect(WebinarSchema.parse(webinar.json()).status).toBe('ended');
    const again = await app().inject({
      method: 'POST',
      url: `/api/webinars/${webinarId}/token`,
      headers: auth(actors.visitor),
    });
    expect(problemOf(again)).toMatchObject({ status: 409, title: 'Webinar ended' });
  });

  it('keeps the rest of the stand working: its page and its chat', async () => {
    expect((await app().inject({ url: '/api/stands/e001' })).statusCode).toBe(200);
    const posted = await app().inject({
      method: 'POST',
      url: '/api/stands/e001/chat',
      headers: auth(actors.guest),
      payload: { body: 'Is the webinar coming back?' },
    });
    expect(posted.statusCode).toBe(201);
    expect(ChatMessageSchema.parse(posted.json()).body).toBe('Is the webinar coming back?');
    const history = await app().inject({ url: '/api/stands/e001/chat' });
    expect(history.body).toContain('Is the webinar coming back?');
  });
});
