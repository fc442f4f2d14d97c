/**
 * The studio's permission matrix: for every studio action, token route, chat, feedback and
 * staff route of a forum event, each of the event's producer, moderator, speaker and chat
 * expert, a registered viewer, a guest, an organiser, and no session at all is allowed or
 * refused exactly as designed (shared `roles.ts` and `eventRoles.ts`). Each action runs at an
 * event of its own; a refusal (403, or 401 without a session, as problem+json) leaves the
 * event's studio, slides, recording, staff, chat, votes and feedback exactly as they were, and
 * the allowed people then succeed, which is read back where it changes something.
 */
import { readFileSync } from 'node:fs';
import { resolveAssetPath } from '@salon/assets/media';
import {
  FeedbackSchema,
  ForumMessageSchema,
  ForumVoteSchema,
  MyForumEventsSchema,
  ProblemSchema,
  type ForumMessageState,
  type Session,
} from '@salon/shared';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema/index.ts';
import { auth, multipart } from '../../../test/actors.ts';
import {
  FORUM_ACTOR_KEYS,
  forumActors,
  type ForumActorKey,
  type ForumActors,
} from '../../../test/forumActors.ts';
import { expectSuccess } from '../../../test/expectStatus.ts';
import { useTestApp } from '../../../test/testApp.ts';
import { demoFair } from '../../../test/testDatabases.ts';

const app = useTestApp({
  livekit: {
    url: 'ws://127.0.0.1:1',
    publicUrl: 'wss://live.salon.example',
    apiKey: 'key',
    apiSecret: 'a-livekit-secret-that-is-long-enough',
  },
});

const SLIDES_PDF = new Uint8Array(readFileSync(resolveAssetPath('materials/brochure-1.pdf')));
const WEBM = new Uint8Array(readFileSync(resolveAssetPath('videos/presentation-1.webm')));

/** What an attempt needs that setup made: a question and a comment to moderate. */
interface Made {
  question: string;
  comment: string;
}

/** What an allowed attempt is checked by: its answer, and the state it left, read back. */
interface Outcome {
  key: ForumActorKey;
  session: Session;
  response: { statusCode: number; body: string; json: () => unknown };
  people: ForumActors;
  made: Made;
}

interface Attempt {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** `{e}` the event, `{speaker}` the linked speaker, `{other}` another speaker, `{question}`, `{comment}`. */
  url: string;
  body?: (people: ForumActors) => Promise<{ payload: unknown; headers?: Record<string, string> }>;
  allowed: readonly ForumActorKey[];
  /** Puts the event where the allowed attempts succeed. */
  setup?: (people: ForumActors, made: Made) => Promise<void>;
  /** A server-sent events stream: allowed means it opens. */
  stream?: true;
  /** After each allowed attempt: that it did what it says. */
  check?: (outcome: Outcome) => Promise<void>;
}

const json = (payload: unknown) => () => Promise.resolve({ payload });
const STUDIO = ['producer', 'moderator', 'speaker'] as const;
const STAFF = [...STUDIO, 'chatExpert'] as const;
const CHAT_STAFF = ['producer', 'moderator', 'chatExpert'] as const;

function call(
  method: Attempt['method'],
  url: string,
  session: Session | null,
  body?: { payload: unknown; headers?: Record<string, string> },
) {
  return app().inject({
    method,
    url,
    headers: { ...(body?.headers ?? {}), ...(session ? auth(session) : {}) },
    ...(body ? { payload: body.payload as string } : {}),
  });
}

function expectOk(response: { statusCode: number; body: string }): void {
  expectSuccess(response);
}

const goLive = (people: ForumActors) =>
  call('POST', `/api/events/${people.eventId}/studio/live`, people.producer).then(expectOk);
const onAir = (people: ForumActors) =>
  call('PUT', `/api/events/${people.eventId}/studio/on-air`, people.producer, {
    payload: { speakerId: people.speakerId },
  }).then(expectOk);
const slidesBody = () =>
  multipart({}, { name: 'slides.pdf', type: 'application/pdf', bytes: SLIDES_PDF });
const webmBody = () =>
  Promise.resolve({
    payload: Buffer.from(WEBM),
    headers: { 'content-type': 'application/octet-stream' },
  });

async function post(
  people: ForumActors,
  kind: 'question' | 'comment',
  as: Session = people.viewer,
): Promise<string> {
  const response = await call('POST', `/api/events/${people.eventId}/chat`, as, {
    payload: { kind, body: `${kind} для проверки прав` },
  });
  expectOk(response);
  return ForumMessageSchema.parse(response.json()).id;
}

async function moderate(people: ForumActors, messageId: string, action: string): Promise<void> {
  const url = `/api/events/${people.eventId}/chat/${messageId}/${action}`;
  await call('POST', url, people.chatExpert).then(expectOk);
}

const askAndApprove = async (people: ForumActors, made: Made) => {
  made.question = await post(people, 'question');
  await moderate(people, made.question, 'approve');
};

const endEvent = async (people: ForumActors) => {
  await goLive(people);
  await call('POST', `/api/events/${people.eventId}/studio/end`, people.producer).then(expectOk);
};

async function stateOf(messageId: string): Promise<ForumMessageState | undefined> {
  const [row] = await app()
    .db.select({ state: t.forumMessages.state })
    .from(t.forumMessages)
    .where(eq(t.forumMessages.id, messageId));
  return row?.state;
}

const movesTo =
  (state: ForumMessageState, of: keyof Made) =>
  async ({ made }: Outcome) => {
    expect(await stateOf(made[of])).toBe(state);
  };

async function hasVoted(messageId: string, userId: string): Promise<boolean> {
  const rows = await app()
    .db.select()
    .from(t.forumVotes)
    .where(and(eq(t.forumVotes.messageId, messageId), eq(t.forumVotes.userId, userId)));
  return rows.length > 0;
}

async function assigned(eventId: string, role: 'producer' | 'chatExpert'): Promise<number> {
  const rows = await app()
    .db.select()
    .from(t.eventStaff)
    .where(and(eq(t.eventStaff.eventId, eventId), eq(t.eventStaff.role, role)));
  return rows.length;
}

const posts =
  (kind: 'question' | 'comment', state: ForumMessageState) =>
  async ({ response, session }: Outcome) => {
    const message = ForumMessageSchema.parse(response.json());
    expect(message).toMatchObject({ kind, state, author: { id: session.user.id } });
    expect(await stateOf(message.id)).toBe(state);
  };

const EVERYONE = FORUM_ACTOR_KEYS;
const isStaff = (key: ForumActorKey) => (STAFF as readonly ForumActorKey[]).includes(key);

/** The roles `/forum/my-events` lists at one event; none when it is not listed. */
function myRolesAt(body: unknown, eventId: string): string[] {
  const { items } = MyForumEventsSchema.parse(body);
  return items.flatMap((item) => (item.event.id === eventId ? item.roles : []));
}
const MINE = z.object({ items: z.array(ForumMessageSchema) });

const ATTEMPTS: Record<string, Attempt> = {
  'read the studio state': { method: 'GET', url: '/api/events/{e}/studio', allowed: STAFF },
  'follow the studio stream': {
    method: 'GET',
    url: '/api/events/{e}/studio/events',
    allowed: STUDIO,
    stream: true,
  },
  'see the staff': {
    method: 'GET',
    url: '/api/events/{e}/staff',
    allowed: [...STAFF, 'organiser'],
  },
  'list the slides': { method: 'GET', url: '/api/events/{e}/slides', allowed: STAFF },
  'get a studio token': { method: 'POST', url: '/api/events/{e}/studio-token', allowed: STUDIO },
  'get a program token': {
    method: 'POST',
    url: '/api/events/{e}/program-token',
    allowed: FORUM_ACTOR_KEYS,
    setup: goLive,
  },
  'go live': { method: 'POST', url: '/api/events/{e}/studio/live', allowed: ['producer'] },
  'put a speaker on air': {
    method: 'PUT',
    url: '/api/events/{e}/studio/on-air',
    body: (people) => json({ speakerId: people.speakerId, mode: 'audioOnly' })(),
    allowed: ['producer'],
  },
  'take the speaker off air': {
    method: 'DELETE',
    url: '/api/events/{e}/studio/on-air',
    allowed: ['producer'],
    setup: onAir,
  },
  'switch the layout': {
    method: 'PUT',
    url: '/api/events/{e}/studio/layout',
    body: json({ layout: 'speakerAndSlides' }),
    allowed: ['producer'],
  },
  'advance the slide': {
    method: 'PUT',
    url: '/api/events/{e}/studio/slide',
    body: json({ index: 1 }),
    allowed: ['producer'],
    setup: async (people) => {
      const body = await slidesBody();
      await call(
        'PUT',
        `/api/events/${people.eventId}/slides/${people.speakerId}`,
        people.speaker,
        body,
      ).then(expectOk);
      await onAir(people);
    },
  },
  'send a cue': {
    method: 'POST',
    url: '/api/events/{e}/studio/cue',
    body: (people) => json({ speakerId: people.speakerId, kind: 'onAirIn10s' })(),
    allowed: ['producer'],
  },
  'end the event': {
    method: 'POST',
    url: '/api/events/{e}/studio/end',
    allowed: ['producer'],
    setup: goLive,
  },
  'upload their own slides': {
    method: 'PUT',
    url: '/api/events/{e}/slides/{speaker}',
    body: slidesBody,
    allowed: ['speaker', 'producer'],
  },
  "upload another speaker's slides": {
    method: 'PUT',
    url: '/api/events/{e}/slides/{other}',
    body: slidesBody,
    allowed: ['producer'],
  },
  'upload a recording chunk': {
    method: 'POST',
    url: '/api/events/{e}/recording/chunks?seq=0',
    body: webmBody,
    allowed: ['producer'],
  },
  'finish the recording': {
    method: 'POST',
    url: '/api/events/{e}/recording/finish',
    allowed: ['producer'],
    setup: async (people) => {
      const body = await webmBody();
      await call(
        'POST',
        `/api/events/${people.eventId}/recording/chunks?seq=0`,
        people.producer,
        body,
      ).then(expectOk);
    },
  },
  'see pending questions': {
    method: 'GET',
    url: '/api/events/{e}/chat?view=moderation',
    allowed: CHAT_STAFF,
  },
  'follow the moderation stream': {
    method: 'GET',
    url: '/api/events/{e}/chat/moderation/events',
    allowed: CHAT_STAFF,
    stream: true,
  },
  'approve a question': {
    method: 'POST',
    url: '/api/events/{e}/chat/{question}/approve',
    allowed: ['chatExpert'],
    setup: async (people, made) => {
      made.question = await post(people, 'question');
    },
    check: movesTo('approved', 'question'),
  },
  'hide a comment': {
    method: 'POST',
    url: '/api/events/{e}/chat/{comment}/hide',
    allowed: ['chatExpert'],
    setup: async (people, made) => {
      made.comment = await post(people, 'comment');
    },
    check: movesTo('hidden', 'comment'),
  },
  'reject a question': {
    method: 'POST',
    url: '/api/events/{e}/chat/{question}/reject',
    allowed: ['chatExpert'],
    setup: async (people, made) => {
      made.question = await post(people, 'question');
    },
    check: movesTo('rejected', 'question'),
  },
  'mark a question answered': {
    method: 'POST',
    url: '/api/events/{e}/chat/{question}/answer',
    body: json({ atSeconds: 42 }),
    allowed: ['chatExpert'],
    setup: askAndApprove,
    check: async ({ response, made }) => {
      expect(ForumMessageSchema.parse(response.json()).answeredAtSeconds).toBe(42);
      expect(await stateOf(made.question)).toBe('answered');
    },
  },
  'unhide a comment': {
    method: 'POST',
    url: '/api/events/{e}/chat/{comment}/unhide',
    allowed: ['chatExpert'],
    setup: async (people, made) => {
      made.comment = await post(people, 'comment');
      await moderate(people, made.comment, 'hide');
    },
    check: movesTo('visible', 'comment'),
  },
  'ask a question': {
    method: 'POST',
    url: '/api/events/{e}/chat',
    body: json({ kind: 'question', body: 'Вопрос из таблицы прав' }),
    allowed: EVERYONE,
    check: posts('question', 'pending'),
  },
  comment: {
    method: 'POST',
    url: '/api/events/{e}/chat',
    body: json({ kind: 'comment', body: 'Комментарий из таблицы прав' }),
    allowed: EVERYONE,
    check: posts('comment', 'visible'),
  },
  'read my own messages': {
    method: 'GET',
    url: '/api/events/{e}/chat/mine',
    allowed: EVERYONE,
    setup: async (people) => {
      for (const key of EVERYONE) await post(people, 'question', people[key]);
    },
    check: async ({ response, session }) => {
      const { items } = MINE.parse(response.json());
      expect(items.map((item) => [item.author.id, item.state])).toEqual([
        [session.user.id, 'pending'],
      ]);
    },
  },
  'vote for a question': {
    method: 'PUT',
    url: '/api/events/{e}/chat/{question}/vote',
    allowed: EVERYONE,
    setup: askAndApprove,
    check: async ({ response, session, made }) => {
      expect(ForumVoteSchema.parse(response.json()).votedByMe).toBe(true);
      expect(await hasVoted(made.question, session.user.id)).toBe(true);
    },
  },
  'withdraw a vote': {
    method: 'DELETE',
    url: '/api/events/{e}/chat/{question}/vote',
    allowed: EVERYONE,
    setup: async (people, made) => {
      await askAndApprove(people, made);
      for (const key of EVERYONE) {
        const url = `/api/events/${people.eventId}/chat/${made.question}/vote`;
        await call('PUT', url, people[key]).then(expectOk);
      }
    },
    check: async ({ response, session, made }) => {
      expect(ForumVoteSchema.parse(response.json()).votedByMe).toBe(false);
      expect(await hasVoted(made.question, session.user.id)).toBe(false);
    },
  },
  'rate the event': {
    method: 'PUT',
    url: '/api/events/{e}/feedback',
    body: json({ rating: 4, comment: 'Отзыв из таблицы прав' }),
    allowed: EVERYONE,
    setup: endEvent,
    check: async ({ session, people }) => {
      const mine = await call('GET', `/api/events/${people.eventId}/feedback/mine`, session);
      expect(FeedbackSchema.parse(mine.json())).toMatchObject({ rating: 4 });
    },
  },
  'list the events I work at': {
    method: 'GET',
    url: '/api/forum/my-events',
    allowed: EVERYONE,
    check: async ({ response, key, people }) => {
      expect(myRolesAt(response.json(), people.eventId)).toEqual(isStaff(key) ? [key] : []);
    },
  },
  'assign the producer': {
    method: 'PUT',
    url: '/api/events/{e}/staff/producer',
    body: (people) => json({ userId: people.producer.user.id })(),
    allowed: ['organiser'],
  },
  'unassign the producer': {
    method: 'DELETE',
    url: '/api/events/{e}/staff/producer',
    allowed: ['organiser'],
    check: async ({ people }) => {
      expect(await assigned(people.eventId, 'producer')).toBe(0);
    },
  },
  'unassign the chat expert': {
    method: 'DELETE',
    url: '/api/events/{e}/staff/chatExpert',
    allowed: ['organiser'],
    check: async ({ people }) => {
      expect(await assigned(people.eventId, 'chatExpert')).toBe(0);
    },
  },
  'read the feedback': { method: 'GET', url: '/api/events/{e}/feedback', allowed: ['organiser'] },
};

/** Everything an action could change at an event, read straight from the database. */
async function snapshot(eventId: string): Promise<string> {
  const db = app().db;
  const [studio, log, decks, recording, staff, messages, votes, feedback] = await Promise.all([
    db.select().from(t.studios).where(eq(t.studios.eventId, eventId)),
    db.select().from(t.onAirLog).where(eq(t.onAirLog.eventId, eventId)),
    db.select().from(t.slideDecks).where(eq(t.slideDecks.eventId, eventId)),
    db.select().from(t.recordings).where(eq(t.recordings.eventId, eventId)),
    db.select().from(t.eventStaff).where(eq(t.eventStaff.eventId, eventId)),
    db
      .select()
      .from(t.forumMessages)
      .where(eq(t.forumMessages.eventId, eventId))
      .orderBy(asc(t.forumMessages.id)),
    db
      .select({ vote: t.forumVotes })
      .from(t.forumVotes)
      .innerJoin(t.forumMessages, eq(t.forumMessages.id, t.forumVotes.messageId))
      .where(eq(t.forumMessages.eventId, eventId))
      .orderBy(asc(t.forumVotes.messageId), asc(t.forumVotes.userId)),
    db
      .select()
      .from(t.eventFeedback)
      .where(eq(t.eventFeedback.eventId, eventId))
      .orderBy(asc(t.eventFeedback.userId)),
  ]);
  return JSON.stringify({ studio, log, decks, recording, staff, messages, votes, feedback });
}

async function openStream(url: string, session: Session): Promise<number> {
  const address = app().server.address();
  if (!address || typeof address === 'string') throw new Error('The app is not listening');
  const controller = new AbortController();
  const response = await fetch(`http://127.0.0.1:${String(address.port)}${url}`, {
    headers: auth(session),
    signal: controller.signal,
  });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  controller.abort();
  await response.body?.cancel().catch(() => undefined);
  return response.status;
}

/** Events with two speakers or more, past the two the demo accounts staff. */
const events = demoFair.events.filter((event) => event.speakerIds.length >= 2).slice(2);

beforeAll(async () => {
  await app().listen({ host: '127.0.0.1', port: 0 });
});

describe.each(Object.entries(ATTEMPTS).map(([name, spec], index) => ({ name, spec, index })))(
  'to $name',
  ({ spec, index }) => {
    let people: ForumActors;
    const made: Made = { question: '', comment: '' };
    const url = () =>
      spec.url
        .replace('{e}', people.eventId)
        .replace('{speaker}', people.speakerId)
        .replace('{other}', people.otherSpeakerId)
        .replace('{question}', made.question)
        .replace('{comment}', made.comment);

    beforeAll(async () => {
      const event = events[index];
      if (!event) throw new Error('The demo fair has too few events for this matrix');
      people = await forumActors(app(), event.id);
      await spec.setup?.(people, made);
    });

    const refused = FORUM_ACTOR_KEYS.filter((key) => !spec.allowed.includes(key));
    if (refused.length > 0) {
      it.each(refused)('refuses the %s with 403 and changes nothing', async (key) => {
        const before = await snapshot(people.eventId);
        const response = await call(spec.method, url(), people[key], await spec.body?.(people));
        expect(response.statusCode).toBe(403);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(ProblemSchema.parse(response.json()).status).toBe(403);
        expect(await snapshot(people.eventId)).toBe(before);
      });
    }

    it('refuses a request without a session with 401', async () => {
      const before = await snapshot(people.eventId);
      const response = await call(spec.method, url(), null, await spec.body?.(people));
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(ProblemSchema.parse(response.json()).status).toBe(401);
      expect(await snapshot(people.eventId)).toBe(before);
    });

    if (spec.stream) {
      it.each([...spec.allowed])('opens it for the %s', async (key) => {
        expect(await openStream(url(), people[key])).toBe(200);
      });
    } else {
      it.each([...spec.allowed])('lets the %s do it', async (key) => {
        const session = people[key];
        const response = await call(spec.method, url(), session, await spec.body?.(people));
        expect(response.statusCode < 300 ? 'success' : response.body).toBe('success');
        await spec.check?.({ key, session, response, people, made });
      });
    }
  },
);
