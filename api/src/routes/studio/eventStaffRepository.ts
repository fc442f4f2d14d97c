/**
 * An event's staff: the producer and chat expert an organiser assigned, and the accounts linked
 * to its moderator's and speakers' profiles; and, for a person, the events they work at.
 */
import {
  eventRolesOf,
  type AssignedEventRole,
  type EventStaff,
  type MyForumEvents,
} from '@salon/shared';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import * as t from '../../db/schema/index.ts';
import { involving, summarise } from '../forum/eventRepository.ts';
import { speakerRefs } from '../forum/speakerRepository.ts';
import type { UserRow } from '../sessions/sessionRepository.ts';
import type { EventRow } from './eventAccess.ts';

export async function listEventStaff(db: Database, event: EventRow): Promise<EventStaff> {
  const assignments = await db
    .select({ role: t.eventStaff.role, user: t.users })
    .from(t.eventStaff)
    .innerJoin(t.users, eq(t.users.id, t.eventStaff.userId))
    .where(eq(t.eventStaff.eventId, event.id));
  const linked = await db
    .select()
    .from(t.users)
    .where(inArray(t.users.speakerId, [event.moderatorId, ...event.speakerIds]))
    .orderBy(asc(t.users.displayName));
  const users = new Map<string, UserRow>();
  const assigned = new Map<string, AssignedEventRole[]>();
  for (const { role, user } of assignments) {
    users.set(user.id, user);
    assigned.set(user.id, [...(assigned.get(user.id) ?? []), role]);
  }
  for (const user of linked) users.set(user.id, user);
  const people = await speakerRefs(
    db,
    [...users.values()].flatMap((user) => (user.speakerId ? [user.speakerId] : [])),
  );
  const members = [...users.values()].flatMap((user) => {
    const roles = eventRolesOf(user, event, assigned.get(user.id) ?? []);
    if (roles.length === 0) return [];
    const speaker = user.speakerId ? (people.get(user.speakerId) ?? null) : null;
    return [{ user: { id: user.id, displayName: user.displayName }, roles, speaker }];
  });
  return { eventId: event.id, members };
}

export async function assignStaff(
  db: Database,
  assignment: { eventId: string; role: AssignedEventRole; userId: string; assignedBy: string },
): Promise<void> {
  await db
    .insert(t.eventStaff)
    .values(assignment)
    .onConflictDoUpdate({
      target: [t.eventStaff.eventId, t.eventStaff.role],
      set: { userId: assignment.userId, assignedBy: assignment.assignedBy, assignedAt: new Date() },
    });
}

export async function unassignStaff(
  db: Database,
  eventId: string,
  role: AssignedEventRole,
): Promise<boolean> {
  const rows = await db
    .delete(t.eventStaff)
    .where(and(eq(t.eventStaff.eventId, eventId), eq(t.eventStaff.role, role)))
    .returning({ userId: t.eventStaff.userId });
  return rows.length > 0;
}

const MY_EVENTS_LIMIT = 200;

/** The events a person works at, in start order, with their roles and each studio's status. */
export async function myForumEvents(db: Database, user: UserRow): Promise<MyForumEvents> {
  const assignments = await db
    .select({ eventId: t.eventStaff.eventId, role: t.eventStaff.role })
    .from(t.eventStaff)
    .where(eq(t.eventStaff.userId, user.id));
  const assignedIds = [...new Set(assignments.map((row) => row.eventId))];
  const conditions = [
    ...(assignedIds.length > 0 ? [inArray(t.forumEvents.id, assignedIds)] : []),
    ...(user.speakerId ? [involving(db, user.speakerId)] : []),
  ];
  if (conditions.length === 0) return { items: [] };
  const rows = await db
    .select()
    .from(t.forumEvents)
    .where(or(...conditions))
    .orderBy(asc(t.forumEvents.startsAt))
    .limit(MY_EVENTS_LIMIT);
  const ids = rows.map((row) => row.id);
  const statuses =
    ids.length > 0
      ? await db
          .select({ eventId: t.studios.eventId, status: t.studios.status })
          .from(t.studios)
          .where(inArray(t.studios.eventId, ids))
      : [];
  const statusOf = new Map(statuses.map((row) => [row.eventId, row.status]));
  const summaries = await summarise(db, rows);
  return {
    items: summaries.flatMap((event) => {
      const roles = eventRolesOf(
        user,
        { moderatorId: event.moderator.id, speakerIds: event.speakers.map((s) => s.id) },
        assignments.filter((row) => row.eventId === event.id).map((row) => row.role),
      );
      return roles.length > 0
        ? [{ event, roles, status: statusOf.get(event.id) ?? ('scheduled' as const) }]
        : [];
    }),
  };
}
