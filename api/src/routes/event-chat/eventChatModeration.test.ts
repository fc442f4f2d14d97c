/**
 * Moderating an event's chat: questions pending → approved → answered (or rejected), never seen
 * by viewers while pending (in history or on their stream); comments shown at once and hidden
 * by the expert; markup kept as plain text, staff marked, and history paged back.
 */
import { readFileSync } from 'node:fs';
import { resolveAssetPath } from '@salon/assets/media';
import { ForumChatHistorySchema, ForumMessageSchema, type ForumMessage } from '@salon/shared';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { auth } from '../../../test/actors.ts';
import { forumActors } from '../../../test/forumActors.ts';
import { expectStatus } from '../../../test/expectStatus.ts';
import { EVENT, mentions, useEventChat } from './eventChatFixtures.ts';

const chat = useEventChat();
const { app, call, post, moderate, history, sync } = chat;

describe('questions', () => {
  let question: ForumMessage;

  it('stay pending, unseen by viewers in history and on their stream, until approved', async () => {
    question = await post('question', 'Как оценивать проектную работу?', chat.people.viewer);
    expect(question).toMatchObject({ kind: 'question', state: 'pending', votes: 0 });
    await sync();
    expect(mentions(chat.viewers.events, question.id)).toBe(false);
    expect(mentions(chat.staff.events, question.id)).toBe(true);
    for (const reader of [null, chat.people.viewer, chat.people.guest, chat.people.speaker]) {
      expect((await history('', reader)).items.map((item) => item.id)).not.toContain(question.id);
    }
    const pendingOnly = await history('state=pending');
    expect(pendingOnly.items).toEqual([]);
    for (const reader of [chat.people.chatExpert, chat.people.producer, chat.people.moderator]) {
      const queue = await history('view=moderation&state=pending', reader);
      expect(queue.items.map((item) => item.id)).toContain(question.id);
    }
    const mine = z
      .object({ items: z.array(ForumMessageSchema) })
      .parse((await call('GET', `/api/events/${EVENT}/chat/mine`, chat.people.viewer)).json());
    expect(mine.items.find((item) => item.id === question.id)?.state).toBe('pending');
  });

  it('reach viewers once the expert approves them', async () => {
    const approved = await moderate(question, 'approve');
    expect(approved.state).toBe('approved');
    await chat.viewers.until((events) => mentions(events, question.id));
    expect(chat.viewers.events.find((event) => mentions([event], question.id))).toEqual({
      type: 'message',
      message: approved,
    });
    expect((await history('kind=question')).items.map((item) => item.id)).toContain(question.id);
  });

  it('are marked answered at a moment of the recording, by default now since going live', async () => {
    const answeredAt = await moderate(question, 'answer', { atSeconds: 754 });
    expect(answeredAt).toMatchObject({ state: 'answered', answeredAtSeconds: 754 });

    expect(
      (await call('POST', `/api/events/${EVENT}/studio/live`, chat.people.producer)).statusCode,
    ).toBe(200);
    const second = await post('question', 'А если класс большой?');
    await moderate(second, 'approve');
    const answered = await moderate(second, 'answer');
    expect(answered.answeredAtSeconds).toBeGreaterThanOrEqual(0);
    expect(answered.answeredAtSeconds).toBeLessThan(30);
    await chat.viewers.until((events) =>
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
      headers: { ...auth(chat.people.producer), 'content-type': 'application/octet-stream' },
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
        chat.people.chatExpert,
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
    await chat.viewers.until((events) => mentions(events, taken.id));
    const rejected = await moderate(taken, 'reject');
    expect(rejected.state).toBe('rejected');
    await chat.viewers.until((events) =>
      events.some((event) => event.type === 'removed' && event.messageId === taken.id),
    );
    await sync();
    expect(mentions(chat.viewers.events, silent.id)).toBe(false);
    const visible = (await history('kind=question')).items.map((item) => item.id);
    expect(visible).not.toContain(silent.id);
    expect(visible).not.toContain(taken.id);
    const all = (await history('view=moderation&kind=question', chat.people.chatExpert)).items;
    expect(all.find((item) => item.id === taken.id)?.state).toBe('rejected');
  });
});

describe('comments', () => {
  it('appear at once, and the expert can hide them: viewers are told and stop seeing them', async () => {
    const comment = await post('comment', 'Спам спам спам');
    expect(comment.state).toBe('visible');
    await chat.viewers.until((events) => mentions(events, comment.id));
    const hidden = await moderate(comment, 'hide');
    expect(hidden.state).toBe('hidden');
    await chat.viewers.until((events) =>
      events.some((event) => event.type === 'removed' && event.messageId === comment.id),
    );
    expect((await history('kind=comment')).items.map((item) => item.id)).not.toContain(comment.id);
    const forStaff = await history('view=moderation&kind=comment', chat.people.moderator);
    expect(forStaff.items.find((item) => item.id === comment.id)?.state).toBe('hidden');
    expect((await moderate(hidden, 'unhide')).state).toBe('visible');
  });

  it('keep markup as the plain text it was written as, and mark the event’s staff', async () => {
    const body = '<img src=x onerror=alert(1)> & <b>жирный</b>';
    expect((await post('comment', body)).body).toBe(body);
    expect((await post('comment', 'Добро пожаловать!', chat.people.moderator)).author.isStaff).toBe(
      true,
    );
    expect((await post('comment', 'Привет', chat.people.guest)).author.isStaff).toBe(false);
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
