/**
 * Who may see and change a forum event's staff, rate the event and read its feedback, and list
 * the events they work at, through the shared permission matrix (`permissionMatrix.ts`). The
 * event's own staff may not rate it, so as not to skew its ratings, but may rate any other.
 */
import { FeedbackSchema, MyForumEventsSchema } from '@salon/shared';
import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import * as t from '../../db/schema/index.ts';
import type { ForumActorKey, ForumActors } from '../../../test/forumActors.ts';
import {
  EVERYONE,
  OUTSIDERS,
  STAFF,
  elsewhereOf,
  json,
  usePermissionMatrix,
  type Attempt,
} from './permissionMatrix.ts';

const { app, call, expectOk, goLive, describeMatrix } = usePermissionMatrix();

const endEvent = async (people: ForumActors) => {
  await goLive(people);
  await call('POST', `/api/events/${people.eventId}/studio/end`, people.producer).then(expectOk);
};

async function assigned(eventId: string, role: 'producer' | 'chatExpert'): Promise<number> {
  const rows = await app()
    .db.select()
    .from(t.eventStaff)
    .where(and(eq(t.eventStaff.eventId, eventId), eq(t.eventStaff.role, role)));
  return rows.length;
}

const isStaff = (key: ForumActorKey) => (STAFF as readonly ForumActorKey[]).includes(key);

/** The roles `/forum/my-events` lists at one event; none when it is not listed. */
function myRolesAt(body: unknown, eventId: string): string[] {
  const { items } = MyForumEventsSchema.parse(body);
  return items.flatMap((item) => (item.event.id === eventId ? item.roles : []));
}

const ATTEMPTS: Record<string, Attempt> = {
  'see the staff': {
    method: 'GET',
    url: '/api/events/{e}/staff',
    allowed: [...STAFF, 'organiser'],
  },
  'rate the event': {
    method: 'PUT',
    url: '/api/events/{e}/feedback',
    body: json({ rating: 4, comment: 'Отзыв из таблицы прав' }),
    allowed: OUTSIDERS,
    setup: endEvent,
    check: async ({ session, people }) => {
      const mine = await call('GET', `/api/events/${people.eventId}/feedback/mine`, session);
      expect(FeedbackSchema.parse(mine.json())).toMatchObject({ rating: 4 });
    },
  },
  'rate an event they do not work at': {
    method: 'PUT',
    url: '/api/events/{elsewhere}/feedback',
    body: json({ rating: 3, comment: 'Отзыв коллеги с другого мероприятия' }),
    allowed: EVERYONE,
    setup: (_people, made) => endEvent(elsewhereOf(made)),
    check: async ({ session, made }) => {
      const { eventId } = elsewhereOf(made);
      const mine = await call('GET', `/api/events/${eventId}/feedback/mine`, session);
      expect(FeedbackSchema.parse(mine.json())).toMatchObject({ rating: 3 });
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

describeMatrix(ATTEMPTS);
