/**
 * The gate in front of every route that acts at one forum event: the event (404), who is
 * asking (401 when a session is needed), and their roles at this event, from the programme
 * (moderator, speakers through users.speaker_id) and the organiser's assignments (producer,
 * chat expert). `canOnEvent` decides (403).
 */
import {
  canOnEvent,
  eventRolesOf,
  type AssignedEventRole,
  type EventAction,
  type EventRole,
} from '@salon/shared';
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../../db/database.ts';
import * as t from '../../db/schema/index.ts';
import {
  currentUser,
  forbidden,
  requireUser,
  type CurrentUser,
} from '../../plugins/authentication.ts';
import { notFound } from '../../plugins/problems.ts';

export interface EventRow {
  id: string;
  stageId: string;
  moderatorId: string;
  speakerIds: string[];
  startsAt: Date;
  endsAt: Date;
}

export async function findEvent(db: Database, eventId: string): Promise<EventRow | null> {
  const [event] = await db
    .select({
      id: t.forumEvents.id,
      stageId: t.forumEvents.stageId,
      moderatorId: t.forumEvents.moderatorId,
      startsAt: t.forumEvents.startsAt,
      endsAt: t.forumEvents.endsAt,
    })
    .from(t.forumEvents)
    .where(eq(t.forumEvents.id, eventId));
  if (!event) return null;
  const speakers = await db
    .select({ id: t.eventSpeakers.speakerId })
    .from(t.eventSpeakers)
    .where(eq(t.eventSpeakers.eventId, eventId))
    .orderBy(asc(t.eventSpeakers.position));
  return { ...event, speakerIds: speakers.map((speaker) => speaker.id) };
}

export async function requireEvent(db: Database, eventId: string): Promise<EventRow> {
  const event = await findEvent(db, eventId);
  if (!event) throw notFound('Event', eventId);
  return event;
}

export async function rolesAt(
  db: Database,
  user: CurrentUser['row'],
  event: EventRow,
): Promise<EventRole[]> {
  const assigned = await db
    .select({ role: t.eventStaff.role })
    .from(t.eventStaff)
    .where(and(eq(t.eventStaff.eventId, event.id), eq(t.eventStaff.userId, user.id)));
  return eventRolesOf(
    user,
    event,
    assigned.map((row): AssignedEventRole => row.role),
  );
}

export interface EventContext {
  event: EventRow;
  user: CurrentUser | null;
  roles: EventRole[];
}

/** Who is asking about this event, if anyone, and their roles there. */
export async function eventContext(
  app: FastifyInstance,
  request: FastifyRequest,
  eventId: string,
): Promise<EventContext> {
  const user = await currentUser(app, request);
  const event = await requireEvent(app.db, eventId);
  return { event, user, roles: user ? await rolesAt(app.db, user.row, event) : [] };
}

const REFUSALS: Record<EventAction, string> = {
  'event.studio.read': 'Only the staff of this event can see its studio.',
  'event.studio.join': "Only this event's moderator, speakers and producer can enter its studio.",
  'event.studio.produce': "Only this event's producer can do this.",
  'event.slides.uploadOwn': "Only this event's speakers and producer can upload its slides.",
  'event.slides.uploadAny': "Only this event's producer can upload slides for a speaker.",
  'event.recording.upload': "Only this event's producer can upload its recording.",
  'event.chat.moderate': "Only this event's chat expert can moderate its chat.",
  'event.chat.seePending': "Only this event's chat staff can see questions awaiting moderation.",
  'event.feedback.leave': 'You work on this event, so you cannot rate it.',
};

/** A session (401), the event (404), and a role there that allows `action` (403). */
export async function requireEventRole(
  app: FastifyInstance,
  request: FastifyRequest,
  eventId: string,
  action: EventAction,
): Promise<EventContext & { user: CurrentUser }> {
  const user = await requireUser(app, request);
  const event = await requireEvent(app.db, eventId);
  const roles = await rolesAt(app.db, user.row, event);
  if (!canOnEvent(roles, action)) throw forbidden(REFUSALS[action]);
  return { event, user, roles };
}
