/**
 * The moderated chat of an event: questions pending → approved → answered (or rejected),
 * comments shown at once and hidden by the expert, one vote per person, and what viewers never
 * see (pending questions, in history or on their stream); plus history pages, rate limits and
 * bad inputs (markup and SQL kept as plain text, wrong types, oversize bodies, other events'
 * messages), each of which leaves the chat as it was.
 */
import { readFileSync } from 'node:fs';
import { resolveAssetPath } from '@salon/assets/media';
import {
  ForumChatEventSchema,
  ForumChatHistorySchema,
  ForumMessageSchema,
  ForumVoteSchema,
  ProblemSchema,
  type ForumChatEvent,
  type ForumMessage,
  type Session,
} from '@salon/shared';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth } from '../../../test/actors.ts';
import { forumActors, type ForumActors } from '../../../test/forumActors.ts';
import { guestSession } from '../../../test/sessionsForTests.ts';
import { openSse, type SseClient } from '../../../test/sseClient.ts';
import { expectStatus } from '../../../test/expectStatus.ts';
import { HOSTILE_STRINGS, useTestApp } from '../../../test/testApp.ts';

const app = useTestApp({ livekit: null });
const EVENT = 'ev040';
let people: ForumActors;
let viewers: SseClient<ForumChatEvent>;
let staff: SseClient<ForumChatEvent>;

function call(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  session: Session | null,
  payload?: unknown,
) {
  return app().inject({
    method,
    url,
    headers: session ? auth(session) : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

/** Posts as `as`, or as a new guest: one person posting all of a test's messages is a flood. */
async function post(kind: 'question' | 'comment', body: string, as?: Session) {
  const author = as ?? (await guestSession(app()));
  const response = await call('POST', `/api/events/${EVENT}/chat`, author, { kind, body });
  expectStatus(response, 201);
  return ForumMessageSchema.parse(response.json());
}

async function moderate(message: ForumMessage, action: string, body?: unknown) {
  const response = await call(
    'POST',
    `/api/events/${EVENT}/chat/${message.id}/${action}`,
    people.chatExpert,
    body,
  );
  expectStatus(response, 200);
  return ForumMessageSchema.parse(response.json());
}

async function history(query: string, as: Session | null = null) {
  const response = await call('GET', `/api/events/${EVENT}/chat?${query}`, as);
  expectStatus(response, 200);
  return ForumChatHistorySchema.parse(response.json());
}

const mentions = (events: ForumChatEvent[], id: string) =>
  events.some((event) => JSON.stringify(event).includes(id));

/** A comment both streams must carry, so that what came before it has been delivered. */
async function sync(): Promise<void> {
  const marker = await post('comment', `метка ${String(Date.now())}`);
  await viewers.until((events) => mentions(events, marker.id));
  await staff.until((events) => mentions(events, marker.id));
}

beforeAll(async () => {
  await app().listen({ host: '127.0.0.1', port: 0 });
  people = await forumActors(app(), EVENT);
  viewers = await openSse(app(), `/api/events/${EVENT}/chat/events`, ForumChatEventSchema);
  staff = await openSse(
    app(),
    `/api/events/${EVENT}/chat/moderation/events`,
    ForumChatEventSchema,
    auth(people.chatExpert),
  );
});

afterAll(async () => {
  await viewers.close();
  await staff.close();
});

describe('questions', () => {
  let question: ForumMessage;

  it('stay pending, unseen by viewers in history and on their stream, until approved', async () => {
    question = await post('question', 'Как оценивать проектную работу?', people.viewer);
    expect(question).toMatchObject({ kind: 'question', state: 'pending', votes: 0 });
    await sync();
    expect(mentions(viewers.events, question.id)).toBe(false);
    expect(mentions(staff.events, question.id)).toBe(true);
    for (const reader of [null, people.viewer, people.guest, people.speaker]) {
      expect((await history('', reader)).items.map((item) => item.id)).not.toContain(question.id);
    }
    const pendingOnly = await history('state=pending');
    expect(pendingOnly.items).toEqual([]);
    for (const reader of [people.chatExpert, people.producer, people.moderator]) {
      const queue = await history('view=moderation&state=pending', reader);
      expect(queue.items.map((item) => item.id)).toContain(question.id);
    }
    const mine = z
      .object({ items: z.array(ForumMessageSchema) })
      .parse((await call('GET', `/api/events/${EVENT}/chat/mine`, people.viewer)).json());
    expect(mine.items.find((item) => item.id === question.id)?.state).toBe('pending');
  });

  it('reach viewers once the expert approves them', async () => {
    const approved = await moderate(question, 'approve');
    expect(approved.state).toBe('approved');
    await viewers.until((events) => mentions(events, question.id));
    expect(viewers.events.find((event) => mentions([event], question.id))).toEqual({
      type: 'message',
      message: approved,
    });
    expect((await history('kind=question')).items.map((item) => item.id)).toContain(question.id);
  });

  it('take one vote per person, counted for everyone', async () => {
    const vote = (as: Session, method: 'PUT' | 'DELETE' = 'PUT') =>
      call(method, `/api/events/${EVENT}/chat/${question.id}/vote`, as);
    expect(ForumVoteSchema.parse((await vote(people.viewer)).json()).votes).toBe(1);
    expect(ForumVoteSchema.parse((await vote(people.viewer)).json()).votes).toBe(1);
    expect(ForumVoteSchema.parse((await vote(people.guest)).json())).toEqual({
      messageId: question.id,
      votes: 2,
      votedByMe: true,
    });
    await viewers.until((events) =>
      events.some(
        (event) => event.type === 'votes' && event.messageId === question.id && event.votes === 2,
      ),
    );
    const page = await history('kind=question', people.viewer);
    expect(page.myVotes).toContain(question.id);
    expect(page.items.find((item) => item.id === question.id)?.votes).toBe(2);
    expect((await history('kind=question', people.speaker)).myVotes).toEqual([]);
    expect(ForumVoteSchema.parse((await vote(people.guest, 'DELETE')).json()).votes).toBe(1);
    expect(ForumVoteSchema.parse((await vote(people.guest, 'DELETE')).json()).votes).toBe(1);
  });

  it('refuse votes on pending questions (as if absent) and on comments', async () => {
    const pending = await post('question', 'Ещё не одобрен');
    const onPending = await call(
      'PUT',
      `/api/events/${EVENT}/chat/${pending.id}/vote`,
      people.guest,
    );
    expect(onPending.statusCode).toBe(404);
    const comment = await post('comment', 'Комментарий');
    const onComment = await call(
      'PUT',
      `/api/events/${EVENT}/chat/${comment.id}/vote`,
      people.guest,
    );
    expect(onComment.statusCode).toBe(409);
    expect(
      (await call('PUT', `/api/events/${EVENT}/chat/${question.id}/vote`, null)).statusCode,
    ).toBe(401);
  });

  it('are marked answered at a moment of the recording, by default now since going live', async () => {
    const answeredAt = await moderate(question, 'answer', { atSeconds: 754 });
    expect(answeredAt).toMatchObject({ state: 'answered', answeredAtSeconds: 754 });

    expect(
      (await call('POST', `/api/events/${EVENT}/studio/live`, people.producer)).statusCode,
    ).toBe(200);
    const second = await post('question', 'А если класс большой?');
    await moderate(second, 'approve');
    const answered = await moderate(second, 'answer');
    expect(answered.answeredAtSeconds).toBeGreaterThanOrEqual(0);
    expect(answered.answeredAtSeconds).toBeLessThan(30);
    await viewers.until((events) =>
      events.some(
        (event) =>
          event.type === 'message' &&
          event.message.id === second.id &&
          event.message.state === 'answered',
      ),
    );
  });

  it('are answered, by default, at now in the recording once the page’s recorder started', async () => {
    // The recorder started 300 ms before its first chunk, a while after going live.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const beforeChunk = Date.now();
    const chunk = await app().inject({
      method: 'POST',
      url: `/api/events/${EVENT}/recording/chunks?seq=0&sinceStartMs=300`,
      headers: { ...auth(people.producer), 'content-type': 'application/octet-stream' },
      payload: readFileSync(resolveAssetPath('videos/presentation-1.webm')).subarray(0, 65_536),
    });
    expectStatus(chunk, 200);
    const afterChunk = Date.now();
    const third = await post('question', 'А на записи где?');
    await moderate(third, 'approve');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const beforeAnswer = Date.now();
    const answered = await moderate(third, 'answer');
    const afterAnswer = Date.now();
    // Counted from the recorder's start (about 0.8 s), not from going live (over 2 s).
    expect(answered.answeredAtSeconds).toBeGreaterThanOrEqual(
      (beforeAnswer - afterChunk + 300) / 1000 - 0.1,
    );
    expect(answered.answeredAtSeconds).toBeLessThanOrEqual(
      (afterAnswer - beforeChunk + 300) / 1000 + 0.1,
    );
  });

  it('never go from pending to answered, and answers are final', async () => {
    const pending = await post('question', 'Сразу ответить?');
    const statuses: number[] = [];
    for (const [message, action] of [
      [pending, 'answer'],
      [pending, 'hide'],
      [question, 'answer'],
      [question, 'approve'],
    ] as const) {
      const response = await call(
        'POST',
        `/api/events/${EVENT}/chat/${message.id}/${action}`,
        people.chatExpert,
      );
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([409, 409, 409, 409]);
  });

  it('rejected while pending never reach viewers; rejected once approved are taken back from them', async () => {
    const silent = await post('question', 'Отклонить молча');
    await moderate(silent, 'reject');
    const taken = await post('question', 'Одобрить и отозвать');
    await moderate(taken, 'approve');
    await viewers.until((events) => mentions(events, taken.id));
    const rejected = await moderate(taken, 'reject');
    expect(rejected.state).toBe('rejected');
    await viewers.until((events) =>
      events.some((event) => event.type === 'removed' && event.messageId === taken.id),
    );
    await sync();
    expect(mentions(viewers.events, silent.id)).toBe(false);
    const visible = (await history('kind=question')).items.map((item) => item.id);
    expect(visible).not.toContain(silent.id);
    expect(visible).not.toContain(taken.id);
    const all = (await history('view=moderation&kind=question', people.chatExpert)).items;
    expect(all.find((item) => item.id === taken.id)?.state).toBe('rejected');
  });
});

describe('comments', () => {
  it('appear at once, and the expert can hide them: viewers are told and stop seeing them', async () => {
    const comment = await post('comment', 'Спам спам спам');
    expect(comment.state).toBe('visible');
    await viewers.until((events) => mentions(events, comment.id));
    const hidden = await moderate(comment, 'hide');
    expect(hidden.state).toBe('hidden');
    await viewers.until((events) =>
      events.some((event) => event.type === 'removed' && event.messageId === comment.id),
    );
    expect((await history('kind=comment')).items.map((item) => item.id)).not.toContain(comment.id);
    const forStaff = await history('view=moderation&kind=comment', people.moderator);
    expect(forStaff.items.find((item) => item.id === comment.id)?.state).toBe('hidden');
    expect((await moderate(hidden, 'unhide')).state).toBe('visible');
  });

  it('keep markup as the plain text it was written as, and mark the event’s staff', async () => {
    const body = '<img src=x onerror=alert(1)> & <b>жирный</b>';
    expect((await post('comment', body)).body).toBe(body);
    expect((await post('comment', 'Добро пожаловать!', people.moderator)).author.isStaff).toBe(
      true,
    );
    expect((await post('comment', 'Привет', people.guest)).author.isStaff).toBe(false);
  });

  it('page back through the history', async () => {
    const other = await forumActors(app(), 'ev041');
    for (let index = 0; index < 7; index += 1) {
      const response = await call('POST', '/api/events/ev041/chat', other.organiser, {
        kind: 'comment',
        body: `сообщение ${String(index)}`,
      });
      expect(response.statusCode).toBe(201);
    }
    const latest = ForumChatHistorySchema.parse(
      (await call('GET', '/api/events/ev041/chat?limit=5', null)).json(),
    );
    expect(latest.items.map((item) => item.body)).toEqual(
      [2, 3, 4, 5, 6].map((n) => `сообщение ${String(n)}`),
    );
    const older = ForumChatHistorySchema.parse(
      (
        await call('GET', `/api/events/ev041/chat?limit=5&before=${latest.nextBefore ?? ''}`, null)
      ).json(),
    );
    expect(older.items.map((item) => item.body)).toEqual(['сообщение 0', 'сообщение 1']);
    expect(older.nextBefore).toBeNull();
  });
});

describe('limits and bad inputs', () => {
  it.each([
    ['an empty message', { kind: 'comment', body: '   ' }, 'body.body'],
    ['a message over 1000 characters', { kind: 'question', body: 'я'.repeat(1001) }, 'body.body'],
    ['a NUL character', { kind: 'question', body: 'a\u0000b' }, 'body.body'],
    ['a number', { kind: 'comment', body: 5 }, 'body.body'],
    ['an unknown kind', { kind: 'shout', body: 'Эй' }, 'body.kind'],
  ])('refuses %s', async (_case, payload, path) => {
    const response = await call(
      'POST',
      `/api/events/${EVENT}/chat`,
      await guestSession(app()),
      payload,
    );
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).errors?.[0]?.path).toBe(path);
  });

  it('refuses unknown events, unknown messages, malformed ids and unknown actions', async () => {
    expect(
      (
        await call('POST', '/api/events/ev9999/chat', await guestSession(app()), {
          kind: 'comment',
          body: 'x',
        })
      ).statusCode,
    ).toBe(404);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      (await call('POST', `/api/events/${EVENT}/chat/${unknown}/approve`, people.chatExpert))
        .statusCode,
    ).toBe(404);
    expect(
      (await call('POST', `/api/events/${EVENT}/chat/not-a-uuid/approve`, people.chatExpert))
        .statusCode,
    ).toBe(400);
    const comment = await post('comment', 'Цель');
    expect(
      (await call('POST', `/api/events/${EVENT}/chat/${comment.id}/delete`, people.chatExpert))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await call('POST', `/api/events/${EVENT}/chat/${comment.id}/answer`, people.chatExpert, {
          atSeconds: -5,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await call('GET', `/api/events/${EVENT}/chat?view=everything`, people.chatExpert))
        .statusCode,
    ).toBe(400);
  });

  it('refuses a message from another event’s expert', async () => {
    const other = await forumActors(app(), 'ev042');
    const question = await post('question', 'Чужой эксперт?');
    const response = await call(
      'POST',
      `/api/events/${EVENT}/chat/${question.id}/approve`,
      other.chatExpert,
    );
    expect(response.statusCode).toBe(403);
  });

  it('limits a flooding viewer without slowing anyone else', async () => {
    const flooder = await guestSession(app());
    const statuses: number[] = [];
    for (let index = 0; index < 12; index += 1) {
      const response = await call('POST', `/api/events/${EVENT}/chat`, flooder, {
        kind: 'question',
        body: `flood ${String(index)}`,
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 8).every((status) => status === 201)).toBe(true);
    expect(statuses).toContain(429);
    expect((await post('comment', 'а я просто спросить')).state).toBe('visible');
  });

  it.each(HOSTILE_STRINGS)('keeps %j as the plain text it was written as', async (text) => {
    const question = await post('question', `Вопрос: ${text}`);
    const comment = await post('comment', text);
    expect([question.body, comment.body]).toEqual([`Вопрос: ${text}`, text]);
    await moderate(question, 'approve');
    const shown = (await history('limit=100')).items;
    expect(shown.find((item) => item.id === question.id)?.body).toBe(`Вопрос: ${text}`);
    expect(shown.find((item) => item.id === comment.id)?.body).toBe(text);
  });

  it.each([
    ['a body that is an array', ['comment', 'Привет']],
    ['a message that is true', { kind: 'comment', body: true }],
    ['a null kind', { kind: null, body: 'Привет' }],
    ['a body that is an object', { kind: 'comment', body: { text: 'Привет' } }],
  ])('refuses to post %s with 400, posting nothing', async (_case, payload) => {
    const author = await guestSession(app());
    const response = await call('POST', `/api/events/${EVENT}/chat`, author, payload);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const mine = await call('GET', `/api/events/${EVENT}/chat/mine`, author);
    expect(mine.json()).toEqual({ items: [] });
  });

  it.each([
    ['a moment in words', { atSeconds: 'soon' }],
    ['a moment as a list', { atSeconds: [12] }],
    ['a moment past a day', { atSeconds: 24 * 3600 + 1 }],
  ])('refuses to answer at %s with 400, leaving the question approved', async (_case, body) => {
    const question = await post('question', 'Когда ответят?');
    await moderate(question, 'approve');
    const url = `/api/events/${EVENT}/chat/${question.id}/answer`;
    const response = await call('POST', url, people.chatExpert, body);
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).errors?.[0]?.path).toBe('body.atSeconds');
    const queue = await history('view=moderation&kind=question&limit=100', people.chatExpert);
    expect(queue.items.find((item) => item.id === question.id)?.state).toBe('approved');
  });

  it('refuses oversize bodies with 413 on every chat route, changing nothing', async () => {
    const question = await post('question', 'Большое тело');
    await moderate(question, 'approve');
    const huge = { kind: 'comment', body: 'я'.repeat(200_000), atSeconds: 1 };
    const author = await guestSession(app());
    for (const [method, url, as] of [
      ['POST', `/api/events/${EVENT}/chat`, author],
      ['POST', `/api/events/${EVENT}/chat/${question.id}/answer`, people.chatExpert],
      ['PUT', `/api/events/${EVENT}/chat/${question.id}/vote`, author],
    ] as const) {
      const response = await call(method, url, as, huge);
      expect([url, response.statusCode]).toEqual([url, 413]);
      expect(ProblemSchema.parse(response.json()).status).toBe(413);
    }
    const queue = await history('view=moderation&kind=question&limit=100', people.chatExpert);
    expect(queue.items.find((item) => item.id === question.id)).toMatchObject({
      state: 'approved',
      votes: 0,
    });
    const mine = await call('GET', `/api/events/${EVENT}/chat/mine`, author);
    expect(mine.json()).toEqual({ items: [] });
  });

  it('refuses votes on rejected questions and hidden comments as if they were absent', async () => {
    const rejected = await post('question', 'Будет отклонён');
    await moderate(rejected, 'reject');
    const hidden = await post('comment', 'Будет скрыт');
    await moderate(hidden, 'hide');
    for (const message of [rejected, hidden]) {
      const url = `/api/events/${EVENT}/chat/${message.id}/vote`;
      expect((await call('PUT', url, people.viewer)).statusCode).toBe(404);
    }
    const all = (await history('view=moderation&limit=100', people.chatExpert)).items;
    expect(all.find((item) => item.id === rejected.id)?.votes).toBe(0);
  });

  it('refuses to moderate or vote on a message through another event', async () => {
    const other = await forumActors(app(), 'ev043');
    const question = await post('question', 'Через чужое событие');
    const approve = await call(
      'POST',
      `/api/events/ev043/chat/${question.id}/approve`,
      other.chatExpert,
    );
    expect(approve.statusCode).toBe(404);
    await moderate(question, 'approve');
    const vote = await call('PUT', `/api/events/ev043/chat/${question.id}/vote`, people.viewer);
    expect(vote.statusCode).toBe(404);
    const queue = await history('view=moderation&kind=question&limit=100', people.chatExpert);
    expect(queue.items.find((item) => item.id === question.id)).toMatchObject({
      state: 'approved',
      votes: 0,
    });
  });

  it('closes the chat once the event has ended', async () => {
    expect(
      (await call('POST', `/api/events/${EVENT}/studio/end`, people.producer)).statusCode,
    ).toBe(200);
    const response = await call('POST', `/api/events/${EVENT}/chat`, people.speaker, {
      kind: 'question',
      body: 'Поздно?',
    });
    expect(response.statusCode).toBe(409);
    await viewers.until((events) =>
      events.some((event) => event.type === 'broadcast' && event.broadcast.status === 'ended'),
    );
  });
});
