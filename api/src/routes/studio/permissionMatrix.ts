/**
 * The permission matrix of a forum event's routes, shared by the studio, chat and staff tables:
 * for each attempt, each of the event's producer, moderator, speaker and chat expert, a
 * registered viewer, a guest, an organiser, and no session at all is allowed or refused exactly
 * as designed (shared `roles.ts` and `eventRoles.ts`). Each attempt runs at an event of its own
 * (and, when its url says `{elsewhere}`, at a second event where its people have no role);
 * a refusal (403, or 401 without a session, as problem+json) leaves the event's studio, slides,
 * recording, staff, chat, votes and feedback exactly as they were, and the allowed people then
 * succeed, which is read back where it changes something.
 */
import { ProblemSchema, type Session } from '@salon/shared';
import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema/index.ts';
import { auth } from '../../../test/actors.ts';
import {
  FORUM_ACTOR_KEYS,
  forumActors,
  type ForumActorKey,
  type ForumActors,
} from '../../../test/forumActors.ts';
import { expectSuccess } from '../../../test/expectStatus.ts';
import { useTestApp } from '../../../test/testApp.ts';
import { demoFair } from '../../../test/testDatabases.ts';

/** What an attempt needs that setup made: a question and a comment to moderate. */
export interface Made {
  question: string;
  comment: string;
  /** The people of the `{elsewhere}` event, when the url names it. */
  elsewhere?: ForumActors;
}

/** What an allowed attempt is checked by: its answer, and the state it left, read back. */
export interface Outcome {
  key: ForumActorKey;
  session: Session;
  response: { statusCode: number; body: string; json: () => unknown };
  people: ForumActors;
  made: Made;
}

export interface Attempt {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /**
   * `{e}` the event, `{speaker}` the linked speaker, `{other}` another speaker, `{question}`,
   * `{comment}`, `{elsewhere}` another event, which none of the people of `{e}` work at.
   */
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

export const json = (payload: unknown) => () => Promise.resolve({ payload });
export const STUDIO = ['producer', 'moderator', 'speaker'] as const;
export const STAFF = [...STUDIO, 'chatExpert'] as const;
export const CHAT_STAFF = ['producer', 'moderator', 'chatExpert'] as const;
/** Everyone who does not work at the event. */
export const OUTSIDERS = ['viewer', 'guest', 'organiser'] as const;
export const EVERYONE = FORUM_ACTOR_KEYS;

/** Events with two speakers or more, past the two the demo accounts staff. */
const events = demoFair.events.filter((event) => event.speakerIds.length >= 2).slice(2);

function eventAt(index: number): string {
  const event = events[index];
  if (!event) throw new Error('The demo fair has too few events for this matrix');
  return event.id;
}

/** The `{elsewhere}` event's people, which the matrix made before setup. */
export function elsewhereOf(made: Made): ForumActors {
  if (!made.elsewhere) throw new Error('This attempt has no {elsewhere} in its url');
  return made.elsewhere;
}

/** A test app for one table, the calls its attempts make, and `describeMatrix` to run it. */
export function usePermissionMatrix() {
  const app = useTestApp({
    livekit: {
      url: 'ws://127.0.0.1:1',
      publicUrl: 'wss://live.salon.example',
      apiKey: 'key',
      apiSecret: 'a-livekit-secret-that-is-long-enough',
    },
  });

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

  beforeAll(async () => {
    await app().listen({ host: '127.0.0.1', port: 0 });
  });

  /** One `describe` an attempt, in the order given, each at the next event. */
  function describeMatrix(attempts: Record<string, Attempt>): void {
    describe.each(Object.entries(attempts).map(([name, spec], index) => ({ name, spec, index })))(
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
            .replace('{comment}', made.comment)
            .replace('{elsewhere}', made.elsewhere?.eventId ?? '');
        /** Everything the attempt could change: at its event, and at the one elsewhere. */
        const snapshots = async () =>
          JSON.stringify([
            await snapshot(people.eventId),
            made.elsewhere ? await snapshot(made.elsewhere.eventId) : null,
          ]);

        beforeAll(async () => {
          people = await forumActors(app(), eventAt(index));
          if (spec.url.includes('{elsewhere}')) {
            // From the far end of the list, so that it is no other attempt's event.
            made.elsewhere = await forumActors(app(), eventAt(events.length - 1 - index));
          }
          await spec.setup?.(people, made);
        });

        const refused = FORUM_ACTOR_KEYS.filter((key) => !spec.allowed.includes(key));
        if (refused.length > 0) {
          it.each(refused)('refuses the %s with 403 and changes nothing', async (key) => {
            const before = await snapshots();
            const response = await call(spec.method, url(), people[key], await spec.body?.(people));
            expect(response.statusCode).toBe(403);
            expect(response.headers['content-type']).toContain('application/problem+json');
            expect(ProblemSchema.parse(response.json()).status).toBe(403);
            expect(await snapshots()).toBe(before);
          });
        }

        it('refuses a request without a session with 401', async () => {
          const before = await snapshots();
          const response = await call(spec.method, url(), null, await spec.body?.(people));
          expect(response.statusCode).toBe(401);
          expect(response.headers['content-type']).toContain('application/problem+json');
          expect(ProblemSchema.parse(response.json()).status).toBe(401);
          expect(await snapshots()).toBe(before);
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
  }

  return { app, call, expectOk, goLive, describeMatrix };
}
