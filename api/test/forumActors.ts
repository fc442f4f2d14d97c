/**
 * The people of a forum event for route tests: its producer and chat expert (assigned as an
 * organiser would), accounts linked to its moderator's and first speaker's profiles, and
 * outsiders (a registered viewer, a guest, an organiser), each with a live session.
 */
import type { Session } from '@salon/shared';
import type { FastifyInstance } from 'fastify';
import { issueSession } from '../src/routes/sessions/issueSession.ts';
import { createUser } from '../src/routes/sessions/userRepository.ts';
import { assignStaff } from '../src/routes/studio/eventStaffRepository.ts';
import { findEvent } from '../src/routes/studio/eventAccess.ts';
import { actor } from './actors.ts';
import { guestSession } from './sessionsForTests.ts';

export const FORUM_ACTOR_KEYS = [
  'producer',
  'moderator',
  'speaker',
  'chatExpert',
  'viewer',
  'guest',
  'organiser',
] as const;
export type ForumActorKey = (typeof FORUM_ACTOR_KEYS)[number];

export interface ForumActors extends Record<ForumActorKey, Session> {
  eventId: string;
  moderatorId: string;
  /** The speaker profile the `speaker` account is linked to. */
  speakerId: string;
  /** Another speaker of the event, with no account. */
  otherSpeakerId: string;
}

let counter = 0;

async function linkedTo(
  app: FastifyInstance,
  speakerId: string,
  role: 'moderator' | 'visitor',
): Promise<Session> {
  counter += 1;
  const row = await createUser(app.db, {
    email: `speaker-${speakerId}-${String(counter)}-${String(Date.now())}@test.example`,
    displayName: `Спикер ${speakerId}`,
    role,
    speakerId,
  });
  return issueSession(app, row);
}

export async function forumActors(app: FastifyInstance, eventId: string): Promise<ForumActors> {
  const event = await findEvent(app.db, eventId);
  const [speakerId, otherSpeakerId] = event?.speakerIds ?? [];
  if (!event || !speakerId || !otherSpeakerId)
    throw new Error(`Event ${eventId} needs two speakers for these tests`);
  const organiser = await actor(app, 'organiser');
  const producer = await actor(app, 'producer');
  const chatExpert = await actor(app, 'chatExpert');
  for (const [role, session] of [
    ['producer', producer],
    ['chatExpert', chatExpert],
  ] as const) {
    await assignStaff(app.db, {
      eventId,
      role,
      userId: session.user.id,
      assignedBy: organiser.user.id,
    });
  }
  return {
    eventId,
    moderatorId: event.moderatorId,
    speakerId,
    otherSpeakerId,
    producer,
    chatExpert,
    moderator: await linkedTo(app, event.moderatorId, 'moderator'),
    speaker: await linkedTo(app, speakerId, 'visitor'),
    viewer: await actor(app, 'visitor'),
    guest: await guestSession(app),
    organiser,
  };
}
