/**
 * Who may read, follow, moderate, post to and vote in a forum event's chat, through the shared
 * permission matrix (`permissionMatrix.ts`); allowed moderation is read back as the message's
 * new state, allowed posts and votes as the rows they wrote.
 */
import {
  ForumMessageSchema,
  ForumVoteSchema,
  type ForumMessageState,
  type Session,
} from '@salon/shared';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { expect } from 'vitest';
import * as t from '../../db/schema/index.ts';
import type { ForumActors } from '../../../test/forumActors.ts';
import {
  CHAT_STAFF,
  EVERYONE,
  json,
  usePermissionMatrix,
  type Attempt,
  type Made,
  type Outcome,
} from './permissionMatrix.ts';

const { app, call, expectOk, describeMatrix } = usePermissionMatrix();

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

async function stateOf(messageId: string): Promise<ForumMessageState | undefined> {
  const [row] = await app()
    .db.select({ state: t.forumMessages.state })
    .from(t.forumMessages)
    .where(eq(t.forumMessages.id, messageId));
  return row?.state;
}

const movesTo =
  (state: ForumMessageState, of: 'question' | 'comment') =>
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

const posts =
  (kind: 'question' | 'comment', state: ForumMessageState) =>
  async ({ response, session }: Outcome) => {
    const message = ForumMessageSchema.parse(response.json());
    expect(message).toMatchObject({ kind, state, author: { id: session.user.id } });
    expect(await stateOf(message.id)).toBe(state);
  };

const MINE = z.object({ items: z.array(ForumMessageSchema) });

const ATTEMPTS: Record<string, Attempt> = {
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
};

describeMatrix(ATTEMPTS);
