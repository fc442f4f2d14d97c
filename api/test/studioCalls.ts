/** Requests forum route tests make again and again: any call, a producer's change, a slide upload. */
import { StudioStateSchema, type Session, type StudioState } from '@salon/shared';
import type { FastifyInstance } from 'fastify';
import type { LightMyRequestResponse } from 'fastify';
import { auth, multipart } from './actors.ts';
import { expectStatus } from './expectStatus.ts';
import type { ForumActors } from './forumActors.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export function studioCalls(app: () => FastifyInstance) {
  function call(
    method: Method,
    url: string,
    session: Session | null,
    payload?: unknown,
  ): Promise<LightMyRequestResponse> {
    return app().inject({
      method,
      url,
      headers: session ? auth(session) : {},
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  /** A change by the event's producer that must succeed; answers the new state. */
  async function produce(
    people: ForumActors,
    method: Exclude<Method, 'GET'>,
    path: string,
    payload?: unknown,
  ): Promise<StudioState> {
    const response = await call(
      method,
      `/api/events/${people.eventId}/studio/${path}`,
      people.producer,
      payload,
    );
    expectStatus(response, 200);
    return StudioStateSchema.parse(response.json());
  }

  async function uploadSlides(
    people: ForumActors,
    speakerId: string,
    bytes: Uint8Array,
    as: Session,
  ): Promise<LightMyRequestResponse> {
    const body = await multipart({}, { name: 'deck.pdf', type: 'application/pdf', bytes });
    return app().inject({
      method: 'PUT',
      url: `/api/events/${people.eventId}/slides/${speakerId}`,
      headers: { ...body.headers, ...auth(as) },
      payload: body.payload,
    });
  }

  return { call, produce, uploadSlides };
}
