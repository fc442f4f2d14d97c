/**
 * The stage the event chat tests share: a listening app over a fresh database, the people of
 * event `EVENT`, the viewers' and the staff's streams of its chat, and the calls the tests make
 * (post, moderate, read the history). Each test file that calls `useEventChat` gets its own.
 */
import {
  ForumChatEventSchema,
  ForumChatHistorySchema,
  ForumMessageSchema,
  type ForumChatEvent,
  type ForumChatHistory,
  type ForumMessage,
  type Session,
} from '@salon/shared';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { auth } from '../../../test/actors.ts';
import { forumActors, type ForumActors } from '../../../test/forumActors.ts';
import { guestSession } from '../../../test/sessionsForTests.ts';
import { openSse, type SseClient } from '../../../test/sseClient.ts';
import { expectStatus } from '../../../test/expectStatus.ts';
import { useTestApp } from '../../../test/testApp.ts';

export const EVENT = 'ev040';

export interface EventChat {
  app: () => FastifyInstance;
  /** The event's people; set once the app is up. */
  readonly people: ForumActors;
  /** What an anonymous viewer's stream has carried. */
  readonly viewers: SseClient<ForumChatEvent>;
  /** What the chat expert's moderation stream has carried. */
  readonly staff: SseClient<ForumChatEvent>;
  call: (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    session: Session | null,
    payload?: unknown,
  ) => Promise<LightMyRequestResponse>;
  /** Posts as `as`, or as a new guest: one person posting all of a test's messages is a flood. */
  post: (kind: 'question' | 'comment', body: string, as?: Session) => Promise<ForumMessage>;
  /** Acts on `message` as the chat expert. */
  moderate: (message: ForumMessage, action: string, body?: unknown) => Promise<ForumMessage>;
  history: (query: string, as?: Session | null) => Promise<ForumChatHistory>;
  /** A comment both streams must carry, so that what came before it has been delivered. */
  sync: () => Promise<void>;
}

export const mentions = (events: ForumChatEvent[], id: string) =>
  events.some((event) => JSON.stringify(event).includes(id));

export function useEventChat(): EventChat {
  const app = useTestApp({ livekit: null });
  let people: ForumActors | undefined;
  let viewers: SseClient<ForumChatEvent> | undefined;
  let staff: SseClient<ForumChatEvent> | undefined;
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The event chat is not ready yet');
    return value;
  };

  const call: EventChat['call'] = (method, url, session, payload) =>
    app().inject({
      method,
      url,
      headers: session ? auth(session) : {},
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  const post: EventChat['post'] = async (kind, body, as) => {
    const author = as ?? (await guestSession(app()));
    const response = await call('POST', `/api/events/${EVENT}/chat`, author, { kind, body });
    expectStatus(response, 201);
    return ForumMessageSchema.parse(response.json());
  };

  const moderate: EventChat['moderate'] = async (message, action, body) => {
    const response = await call(
      'POST',
      `/api/events/${EVENT}/chat/${message.id}/${action}`,
      ready(people).chatExpert,
      body,
    );
    expectStatus(response, 200);
    return ForumMessageSchema.parse(response.json());
  };

  const history: EventChat['history'] = async (query, as = null) => {
    const response = await call('GET', `/api/events/${EVENT}/chat?${query}`, as);
    expectStatus(response, 200);
    return ForumChatHistorySchema.parse(response.json());
  };

  const sync: EventChat['sync'] = async () => {
    const marker = await post('comment', `метка ${String(Date.now())}`);
    await ready(viewers).until((events) => mentions(events, marker.id));
    await ready(staff).until((events) => mentions(events, marker.id));
  };

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
    await viewers?.close();
    await staff?.close();
  });

  return {
    app,
    get people() {
      return ready(people);
    },
    get viewers() {
      return ready(viewers);
    },
    get staff() {
      return ready(staff);
    },
    call,
    post,
    moderate,
    history,
    sync,
  };
}
