/**
 * The producer's controls and the studio state they change. Only the api changes the studio:
 * go live, end, put a speaker on air or take them off, layout, slide, cue; each answers with the
 * new state and tells the studio stream. The event's staff read the state; the studio's people
 * (moderator, speakers, producer) follow it live over server-sent events.
 */
import {
  CueInputSchema,
  EventParamsSchema,
  LayoutInputSchema,
  OnAirInputSchema,
  ProblemSchema,
  SlideInputSchema,
  StudioStateSchema,
  StudioViewSchema,
  type StudioState,
  type StudioStatus,
  type StudioStreamEvent,
} from '@salon/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { programRoom, studioRoom } from '../../live/forumGrants.ts';
import { HttpProblem } from '../../plugins/problems.ts';
import { streamEvents } from '../../plugins/eventStream.ts';
import { endFinisher } from '../recording/recordingFinisher.ts';
import { requireEventRole, type EventRow } from './eventAccess.ts';
import { deckOf } from './slideRepository.ts';
import {
  endBroadcast,
  getStudioState,
  goLive,
  putOnAir,
  sendCue,
  setLayout,
  setSlide,
  studioRow,
  takeOffAir,
  toBroadcast,
  type ChangeOutcome,
} from './studioRepository.ts';

const ERRORS = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};

const WRONG_STATUS: Record<StudioStatus, { title: string; detail: string }> = {
  scheduled: { title: 'Not live yet', detail: 'This event has not gone live yet.' },
  live: { title: 'Already live', detail: 'This event is already live.' },
  ended: { title: 'Event ended', detail: 'This event has ended; its studio is closed.' },
};

function speakerNotHere(speakerId: string, who: string): HttpProblem {
  return new HttpProblem(
    404,
    'not-found',
    'Not at this event',
    `Speaker "${speakerId}" is not one of this event's ${who}. Choose someone from its programme.`,
  );
}

export const studioRoutes: FastifyPluginAsyncZod = async (app) => {
  const openStreams = new Set<() => void>();
  const recordings = endFinisher(app);
  app.addHook('onClose', async () => {
    for (const end of openStreams) end();
    await recordings.close();
  });

  /** Answers a change with the new state, telling the studio stream (and viewers, for live/end). */
  async function answer(event: EventRow, result: ChangeOutcome): Promise<StudioState> {
    if (result.outcome === 'wrongStatus') {
      const { title, detail } = WRONG_STATUS[result.row.status];
      throw new HttpProblem(409, `studio-${result.row.status}`, title, detail);
    }
    if (result.outcome === 'changed') {
      await app.forumBroadcasts.studio.publish(event.id, { type: 'state' });
    }
    return getStudioState(app.db, event.id);
  }

  async function announceBroadcast(eventId: string): Promise<void> {
    const broadcast = toBroadcast(await studioRow(app.db, eventId));
    await app.forumBroadcasts.chat.publish(eventId, {
      event: { type: 'broadcast', broadcast },
      forViewers: 'same',
    });
  }

  /** The event of the request's path, when the one asking is its producer. */
  const asProducer = (request: FastifyRequest<{ Params: { eventId: string } }>) =>
    requireEventRole(app, request, request.params.eventId, 'event.studio.produce');

  const produce = (summary: string, description?: string) => ({
    tags: ['studio'],
    summary: `${summary} (the event's producer)`,
    ...(description ? { description } : {}),
    security: [{ session: [] }],
    params: EventParamsSchema,
    response: { 200: StudioStateSchema, ...ERRORS },
  });

  app.get(
    '/events/:eventId/studio',
    {
      schema: {
        tags: ['studio'],
        summary: "The studio's state and my roles at the event (the event's staff)",
        security: [{ session: [] }],
        params: EventParamsSchema,
        response: { 200: StudioViewSchema, ...ERRORS },
      },
    },
    async (request) => {
      const { event, roles } = await requireEventRole(
        app,
        request,
        request.params.eventId,
        'event.studio.read',
      );
      return { state: await getStudioState(app.db, event.id), myRoles: roles };
    },
  );

  app.post(
    '/events/:eventId/studio/live',
    {
      schema: produce(
        'Go live',
        'Viewers can join the program from now on; chapters count from here.',
      ),
    },
    async (request) => {
      const { event } = await asProducer(request);
      const state = await answer(event, await goLive(app.db, event.id));
      await announceBroadcast(event.id);
      return state;
    },
  );

  app.post(
    '/events/:eventId/studio/end',
    {
      schema: produce(
        'End the event',
        "Closes both LiveKit rooms, which disconnects everyone. The producer's page then finishes the recording; if it does not, the api does once no chunk has arrived for 10 s.",
      ),
    },
    async (request) => {
      const { event } = await asProducer(request);
      const ended = await endBroadcast(app.db, event.id);
      const state = await answer(event, ended);
      await announceBroadcast(event.id);
      if (ended.outcome === 'changed' && ended.row.endedAt)
        recordings.afterEnd(event.id, ended.row.endedAt);
      // The event has ended whatever LiveKit says: no new token is given for its rooms, and
      // they close now or as soon as LiveKit answers again.
      const rooms = app.liveRooms;
      if (rooms)
        await Promise.all([
          rooms.closeRoom(studioRoom(event.id)),
          rooms.closeRoom(programRoom(event.id)),
        ]);
      return state;
    },
  );

  app.put(
    '/events/:eventId/studio/on-air',
    {
      schema: {
        ...produce(
          'Put a speaker on air',
          'With their camera (video) or their voice and name card (audioOnly).',
        ),
        body: OnAirInputSchema,
      },
    },
    async (request) => {
      const { event } = await asProducer(request);
      const { speakerId, mode } = request.body;
      if (!event.speakerIds.includes(speakerId)) throw speakerNotHere(speakerId, 'speakers');
      return answer(event, await putOnAir(app.db, event.id, speakerId, mode));
    },
  );

  app.delete(
    '/events/:eventId/studio/on-air',
    { schema: produce('Take the speaker on air off air') },
    async (request) => {
      const { event } = await asProducer(request);
      return answer(event, await takeOffAir(app.db, event.id));
    },
  );

  app.put(
    '/events/:eventId/studio/layout',
    { schema: { ...produce("Switch the program's layout"), body: LayoutInputSchema } },
    async (request) => {
      const { event } = await asProducer(request);
      return answer(event, await setLayout(app.db, event.id, request.body.layout));
    },
  );

  app.put(
    '/events/:eventId/studio/slide',
    {
      schema: {
        ...produce("Show a page (from 0) of the on-air speaker's slides"),
        body: SlideInputSchema,
      },
    },
    async (request) => {
      const { event } = await asProducer(request);
      const row = await studioRow(app.db, event.id);
      const deck = row.onAirSpeakerId ? await deckOf(app.db, event.id, row.onAirSpeakerId) : null;
      if (!row.onAirSpeakerId || !deck) {
        throw new HttpProblem(
          409,
          'no-slides',
          'No slides on air',
          'Put a speaker who has uploaded slides on air first.',
        );
      }
      if (request.body.index >= deck.pageCount) {
        throw new HttpProblem(
          409,
          'no-such-slide',
          'No such slide',
          `These slides have ${deck.pageCount} pages: choose a page from 0 to ${deck.pageCount - 1}.`,
        );
      }
      return answer(
        event,
        await setSlide(app.db, event.id, row.onAirSpeakerId, request.body.index),
      );
    },
  );

  app.post(
    '/events/:eventId/studio/cue',
    {
      schema: {
        ...produce(
          'Cue a speaker or the moderator',
          'Shown in their studio at once: "on air in 10 s".',
        ),
        body: CueInputSchema,
      },
    },
    async (request) => {
      const { event } = await asProducer(request);
      const { speakerId, kind, text } = request.body;
      if (speakerId !== event.moderatorId && !event.speakerIds.includes(speakerId))
        throw speakerNotHere(speakerId, 'moderator or speakers');
      return answer(
        event,
        await sendCue(app.db, event.id, { speakerId, kind, text: text || null }),
      );
    },
  );

  app.get(
    '/events/:eventId/studio/events',
    {
      schema: {
        tags: ['studio'],
        summary:
          "Live studio changes (text/event-stream of StudioStreamEvent JSON; the studio's people)",
        description: 'Sends the current state first, then every change.',
        security: [{ session: [] }],
        params: EventParamsSchema,
        response: ERRORS,
      },
    },
    async (request, reply) => {
      const { event } = await requireEventRole(
        app,
        request,
        request.params.eventId,
        'event.studio.join',
      );
      const stateEvent = async (): Promise<StudioStreamEvent> => ({
        type: 'state',
        state: await getStudioState(app.db, event.id),
      });
      await streamEvents<StudioStreamEvent>(request, reply, {
        openStreams,
        first: stateEvent,
        subscribe: (send) =>
          app.forumBroadcasts.studio.subscribe(event.id, (signal) => {
            if (signal.type === 'slides') send(signal);
            else stateEvent().then(send, (error: unknown) => request.log.error({ err: error }));
          }),
      });
    },
  );
};
