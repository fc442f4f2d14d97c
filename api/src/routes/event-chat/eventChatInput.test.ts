/**
 * What an event's chat refuses, each refusal leaving the chat as it was: bad bodies (empty,
 * oversize, NUL, wrong types), unknown events, messages and actions, other events' experts and
 * messages, floods (limited per person), and posts once the event has ended; markup and SQL
 * are kept as the plain text they were written as.
 */
import { ProblemSchema } from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectStatus } from '../../../test/expectStatus.ts';
import { forumActors } from '../../../test/forumActors.ts';
import { guestSession } from '../../../test/sessionsForTests.ts';
import { HOSTILE_STRINGS } from '../../../test/testApp.ts';
import { EVENT, useEventChat } from './eventChatFixtures.ts';

const chat = useEventChat();
const { app, call, post, moderate, history } = chat;

// The event is live, as during a broadcast: only a live event can be ended, by the last test.
beforeAll(async () => {
  const live = await call('POST', `/api/events/${EVENT}/studio/live`, chat.people.producer);
  expectStatus(live, 200);
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
      (await call('POST', `/api/events/${EVENT}/chat/${unknown}/approve`, chat.people.chatExpert))
        .statusCode,
    ).toBe(404);
    expect(
      (await call('POST', `/api/events/${EVENT}/chat/not-a-uuid/approve`, chat.people.chatExpert))
        .statusCode,
    ).toBe(400);
    const comment = await post('comment', 'Цель');
    expect(
      (await call('POST', `/api/events/${EVENT}/chat/${comment.id}/delete`, chat.people.chatExpert))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await call(
          'POST',
          `/api/events/${EVENT}/chat/${comment.id}/answer`,
          chat.people.chatExpert,
          {
            atSeconds: -5,
          },
        )
      ).statusCode,
    ).toBe(400);
    expect(
      (await call('GET', `/api/events/${EVENT}/chat?view=everything`, chat.people.chatExpert))
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
    const response = await call('POST', url, chat.people.chatExpert, body);
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).errors?.[0]?.path).toBe('body.atSeconds');
    const queue = await history('view=moderation&kind=question&limit=100', chat.people.chatExpert);
    expect(queue.items.find((item) => item.id === question.id)?.state).toBe('approved');
  });

  it('refuses oversize bodies with 413 on every chat route, changing nothing', async () => {
    const question = await post('question', 'Большое тело');
    await moderate(question, 'approve');
    const huge = { kind: 'comment', body: 'я'.repeat(200_000), atSeconds: 1 };
    const author = await guestSession(app());
    for (const [method, url, as] of [
      ['POST', `/api/events/${EVENT}/chat`, author],
      ['POST', `/api/events/${EVENT}/chat/${question.id}/answer`, chat.people.chatExpert],
      ['PUT', `/api/events/${EVENT}/chat/${question.id}/vote`, author],
    ] as const) {
      const response = await call(method, url, as, huge);
      expect([url, response.statusCode]).toEqual([url, 413]);
      expect(ProblemSchema.parse(response.json()).status).toBe(413);
    }
    const queue = await history('view=moderation&kind=question&limit=100', chat.people.chatExpert);
    expect(queue.items.find((item) => item.id === question.id)).toMatchObject({
      state: 'approved',
      votes: 0,
    });
    const mine = await call('GET', `/api/events/${EVENT}/chat/mine`, author);
    expect(mine.json()).toEqual({ items: [] });
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
    const vote = await call(
      'PUT',
      `/api/events/ev043/chat/${question.id}/vote`,
      chat.people.viewer,
    );
    expect(vote.statusCode).toBe(404);
    const queue = await history('view=moderation&kind=question&limit=100', chat.people.chatExpert);
    expect(queue.items.find((item) => item.id === question.id)).toMatchObject({
      state: 'approved',
      votes: 0,
    });
  });

  it('closes the chat once the event has ended', async () => {
    expect(
      (await call('POST', `/api/events/${EVENT}/studio/end`, chat.people.producer)).statusCode,
    ).toBe(200);
    const response = await call('POST', `/api/events/${EVENT}/chat`, chat.people.speaker, {
      kind: 'question',
      body: 'Поздно?',
    });
    expect(response.statusCode).toBe(409);
    await chat.viewers.until((events) =>
      events.some((event) => event.type === 'broadcast' && event.broadcast.status === 'ended'),
    );
  });
});
