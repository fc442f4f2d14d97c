/**
 * Votes in an event's chat: one per person on an approved question, counted for everyone and
 * streamed to viewers; refused without a session, and on comments and on questions viewers
 * cannot see (pending or rejected) or hidden comments, as if those were absent.
 */
import { ForumVoteSchema, type ForumMessage, type Session } from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT, useEventChat } from './eventChatFixtures.ts';

const chat = useEventChat();
const { call, post, moderate, history } = chat;

describe('questions', () => {
  let question: ForumMessage;

  beforeAll(async () => {
    question = await post('question', 'Как оценивать проектную работу?', chat.people.viewer);
    await moderate(question, 'approve');
  });

  it('take one vote per person, counted for everyone', async () => {
    const vote = (as: Session, method: 'PUT' | 'DELETE' = 'PUT') =>
      call(method, `/api/events/${EVENT}/chat/${question.id}/vote`, as);
    expect(ForumVoteSchema.parse((await vote(chat.people.viewer)).json()).votes).toBe(1);
    expect(ForumVoteSchema.parse((await vote(chat.people.viewer)).json()).votes).toBe(1);
    expect(ForumVoteSchema.parse((await vote(chat.people.guest)).json())).toEqual({
      messageId: question.id,
      votes: 2,
      votedByMe: true,
    });
    await chat.viewers.until((events) =>
      events.some(
        (event) => event.type === 'votes' && event.messageId === question.id && event.votes === 2,
      ),
    );
    const page = await history('kind=question', chat.people.viewer);
    expect(page.myVotes).toContain(question.id);
    expect(page.items.find((item) => item.id === question.id)?.votes).toBe(2);
    expect((await history('kind=question', chat.people.speaker)).myVotes).toEqual([]);
    expect(ForumVoteSchema.parse((await vote(chat.people.guest, 'DELETE')).json()).votes).toBe(1);
    expect(ForumVoteSchema.parse((await vote(chat.people.guest, 'DELETE')).json()).votes).toBe(1);
  });

  it('refuse votes on pending questions (as if absent) and on comments', async () => {
    const pending = await post('question', 'Ещё не одобрен');
    const onPending = await call(
      'PUT',
      `/api/events/${EVENT}/chat/${pending.id}/vote`,
      chat.people.guest,
    );
    expect(onPending.statusCode).toBe(404);
    const comment = await post('comment', 'Комментарий');
    const onComment = await call(
      'PUT',
      `/api/events/${EVENT}/chat/${comment.id}/vote`,
      chat.people.guest,
    );
    expect(onComment.statusCode).toBe(409);
    expect(
      (await call('PUT', `/api/events/${EVENT}/chat/${question.id}/vote`, null)).statusCode,
    ).toBe(401);
  });
});

describe('limits and bad inputs', () => {
  it('refuses votes on rejected questions and hidden comments as if they were absent', async () => {
    const rejected = await post('question', 'Будет отклонён');
    await moderate(rejected, 'reject');
    const hidden = await post('comment', 'Будет скрыт');
    await moderate(hidden, 'hide');
    for (const message of [rejected, hidden]) {
      const url = `/api/events/${EVENT}/chat/${message.id}/vote`;
      expect((await call('PUT', url, chat.people.viewer)).statusCode).toBe(404);
    }
    const all = (await history('view=moderation&limit=100', chat.people.chatExpert)).items;
    expect(all.find((item) => item.id === rejected.id)?.votes).toBe(0);
  });
});
