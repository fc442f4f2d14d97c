/**
 * The studio as its people use it: the producer's changes, the state and its stream, the on-air
 * log and the chapters it becomes; and the inputs a careless or hostile client sends.
 */
import {
  ProblemSchema,
  RecordingSchema,
  StudioStreamEventSchema,
  StudioViewSchema,
} from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { auth } from '../../../test/actors.ts';
import { forumActors, type ForumActors } from '../../../test/forumActors.ts';
import { openSse } from '../../../test/sseClient.ts';
import { expectStatus } from '../../../test/expectStatus.ts';
import { studioCalls } from '../../../test/studioCalls.ts';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp({ livekit: null });
const { call, produce } = studioCalls(app);

beforeAll(async () => {
  await app().listen({ host: '127.0.0.1', port: 0 });
});

describe('the studio', () => {
  let people: ForumActors;
  beforeAll(async () => {
    people = await forumActors(app(), 'ev030');
  });

  it('starts scheduled, moderator alone, and tells each of its staff their roles', async () => {
    const view = StudioViewSchema.parse(
      (await call('GET', '/api/events/ev030/studio', people.moderator)).json(),
    );
    expect(view.myRoles).toEqual(['moderator']);
    expect(view.state).toMatchObject({
      status: 'scheduled',
      layout: 'moderatorOnly',
      onAir: null,
      cue: null,
      version: 0,
    });
    const expert = StudioViewSchema.parse(
      (await call('GET', '/api/events/ev030/studio', people.chatExpert)).json(),
    );
    expect(expert.myRoles).toEqual(['chatExpert']);
  });

  it('streams the state first and then every change: a cue reaches the speaker', async () => {
    const stream = await openSse(
      app(),
      '/api/events/ev030/studio/events',
      StudioStreamEventSchema,
      auth(people.speaker),
    );
    expect(stream.contentType).toContain('text/event-stream');
    await stream.until((events) => events.length > 0);
    expect(stream.events[0]).toMatchObject({ type: 'state', state: { eventId: 'ev030' } });
    await produce(people, 'POST', 'cue', { speakerId: people.speakerId, kind: 'onAirIn10s' });
    await stream.until((events) =>
      events.some((event) => event.type === 'state' && event.state.cue?.kind === 'onAirIn10s'),
    );
    const last = stream.events.at(-1);
    expect(last?.type === 'state' ? last.state.cue?.speaker.id : null).toBe(people.speakerId);
    await stream.close();
  });

  it('goes live once, logs every on-air change, and makes chapters of them', async () => {
    // Rehearsal before going live is logged but makes no chapter.
    await produce(people, 'PUT', 'on-air', { speakerId: people.speakerId });
    const live = await produce(people, 'POST', 'live');
    expect(live.status).toBe('live');
    expect(live.liveAt).not.toBeNull();
    const second = await produce(people, 'PUT', 'on-air', {
      speakerId: people.otherSpeakerId,
      mode: 'audioOnly',
    });
    expect(second.onAir).toMatchObject({
      speaker: { id: people.otherSpeakerId },
      mode: 'audioOnly',
    });
    const off = await produce(people, 'DELETE', 'on-air');
    expect(off.onAir).toBeNull();
    expect(
      off.onAirLog.map((entry) => [entry.speaker?.id ?? null, entry.atSeconds === null]),
    ).toEqual([
      [people.speakerId, true],
      [people.speakerId, false],
      [people.otherSpeakerId, false],
      [null, false],
    ]);
    expect(off.onAirLog[1]?.atSeconds).toBe(0);
    expect(off.version).toBeGreaterThan(live.version);

    const recording = RecordingSchema.parse(
      (await call('GET', '/api/events/ev030/recording', null)).json(),
    );
    expect(recording.status).toBe('none');
    expect(recording.chapters.map((chapter) => chapter.speaker.id)).toEqual([
      people.speakerId,
      people.otherSpeakerId,
    ]);
    expect(recording.chapters[0]?.atSeconds).toBe(0);
  });

  it('answers a change that changes nothing without a new version', async () => {
    const before = await produce(people, 'PUT', 'layout', { layout: 'slidesOnly' });
    const again = await produce(people, 'PUT', 'layout', { layout: 'slidesOnly' });
    expect(again.version).toBe(before.version);
  });

  it('refuses to go live twice, and any change once the event has ended', async () => {
    const twice = await call('POST', '/api/events/ev030/studio/live', people.producer);
    expect(twice.statusCode).toBe(409);
    expect(ProblemSchema.parse(twice.json()).title).toBe('Already live');
    await produce(people, 'POST', 'end');
    for (const [method, path, payload] of [
      ['POST', 'live', undefined],
      ['POST', 'end', undefined],
      ['PUT', 'on-air', { speakerId: people.speakerId }],
      ['PUT', 'layout', { layout: 'moderatorOnly' }],
      ['POST', 'cue', { speakerId: people.speakerId, kind: 'wrapUp' }],
    ] as const) {
      const response = await call(
        method,
        `/api/events/ev030/studio/${path}`,
        people.producer,
        payload,
      );
      expectStatus(response, 409);
    }
  });

  it('refuses to end an event that never went live', async () => {
    const other = await forumActors(app(), 'ev031');
    const response = await call('POST', '/api/events/ev031/studio/end', other.producer);
    expect(response.statusCode).toBe(409);
    expect(ProblemSchema.parse(response.json()).detail).toContain('not gone live');
  });
});

describe('bad inputs to the studio', () => {
  let people: ForumActors;
  beforeAll(async () => {
    people = await forumActors(app(), 'ev033');
  });

  const cases: Array<[string, 'PUT' | 'POST', string, () => unknown, number]> = [
    ['a speaker of another event on air', 'PUT', 'on-air', () => ({ speakerId: 'sp001' }), 404],
    [
      'the moderator as the on-air speaker',
      'PUT',
      'on-air',
      () => ({ speakerId: people.moderatorId }),
      404,
    ],
    ['a number as the speaker', 'PUT', 'on-air', () => ({ speakerId: 17 }), 400],
    [
      'an unknown on-air mode',
      'PUT',
      'on-air',
      () => ({ speakerId: people.speakerId, mode: 'hologram' }),
      400,
    ],
    ['an unknown layout', 'PUT', 'layout', () => ({ layout: 'pictureInPicture' }), 400],
    ['a negative slide', 'PUT', 'slide', () => ({ index: -1 }), 400],
    ['a fractional slide', 'PUT', 'slide', () => ({ index: 1.5 }), 400],
    ['a slide as text', 'PUT', 'slide', () => ({ index: 'next' }), 400],
    [
      'a cue of an unknown kind',
      'POST',
      'cue',
      () => ({ speakerId: people.speakerId, kind: 'dance' }),
      400,
    ],
    [
      'a cue with a NUL',
      'POST',
      'cue',
      () => ({ speakerId: people.speakerId, kind: 'message', text: 'a\u0000b' }),
      400,
    ],
    [
      'a cue of 141 characters',
      'POST',
      'cue',
      () => ({ speakerId: people.speakerId, kind: 'message', text: 'я'.repeat(141) }),
      400,
    ],
    [
      'a cue to a speaker of another event',
      'POST',
      'cue',
      () => ({ speakerId: 'sp001', kind: 'standBy' }),
      404,
    ],
    ['no body at all', 'PUT', 'layout', () => undefined, 400],
  ];

  it.each(cases)('refuses %s and changes nothing', async (_case, method, path, body, status) => {
    const before = await call('GET', '/api/events/ev033/studio', people.producer);
    const response = await call(
      method,
      `/api/events/ev033/studio/${path}`,
      people.producer,
      body(),
    );
    expectStatus(response, status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect((await call('GET', '/api/events/ev033/studio', people.producer)).body).toBe(before.body);
  });

  it('keeps a cue as the plain text it was sent as', async () => {
    const text = '<b>Через 10 секунд</b> & <script>x</script>';
    const state = await produce(people, 'POST', 'cue', {
      speakerId: people.moderatorId,
      kind: 'message',
      text,
    });
    expect(state.cue).toMatchObject({ speaker: { id: people.moderatorId }, text });
  });

  it('answers 404 for an unknown event and 400 for a malformed one', async () => {
    expect((await call('GET', '/api/events/ev9999/studio', people.producer)).statusCode).toBe(404);
    expect((await call('GET', '/api/events/..%2Fev001/studio', people.producer)).statusCode).toBe(
      400,
    );
  });
});
