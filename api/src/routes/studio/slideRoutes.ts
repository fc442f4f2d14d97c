/**
 * Speakers' slides for the studio: a speaker uploads their own PDF (the producer can for any
 * speaker of the event), checked from its bytes and opened to count its pages; a new upload
 * replaces the speaker's previous deck. The studio's staff list the decks; the files are served
 * by /api/files/:id.
 */
import {
  EventParamsSchema,
  ProblemSchema,
  SlideDeckListSchema,
  SlideDeckSchema,
  SlidesParamsSchema,
  canOnEvent,
} from '@salon/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { countPdfPages } from '../../files/pdfPages.ts';
import { forbidden, requireUser } from '../../plugins/authentication.ts';
import { HttpProblem, notFound } from '../../plugins/problems.ts';
import { readMultipart } from '../stands/readMultipart.ts';
import { requireEvent, requireEventRole, rolesAt } from './eventAccess.ts';
import { deckOf, listDecks, saveDeck } from './slideRepository.ts';

const ERRORS = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  413: ProblemSchema,
  415: ProblemSchema,
};

export const slideRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/events/:eventId/slides',
    {
      schema: {
        tags: ['studio'],
        summary: "The speakers' slides at an event (the event's staff)",
        security: [{ session: [] }],
        params: EventParamsSchema,
        response: { 200: SlideDeckListSchema, ...ERRORS },
      },
    },
    async (request) => {
      const { event } = await requireEventRole(
        app,
        request,
        request.params.eventId,
        'event.studio.read',
      );
      return { items: await listDecks(app.db, event.id) };
    },
  );

  app.put(
    '/events/:eventId/slides/:speakerId',
    {
      schema: {
        tags: ['studio'],
        summary: "Upload a speaker's slides as a PDF (the speaker, or the event's producer)",
        description:
          'multipart/form-data with one `file`, at most 20 MB. The type is checked from the bytes and the PDF must open.',
        security: [{ session: [] }],
        consumes: ['multipart/form-data'],
        params: SlidesParamsSchema,
        response: { 200: SlideDeckSchema, ...ERRORS },
      },
    },
    async (request) => {
      const { eventId, speakerId } = request.params;
      const user = await requireUser(app, request);
      const event = await requireEvent(app.db, eventId);
      const roles = await rolesAt(app.db, user.row, event);
      const ownSlides =
        canOnEvent(roles, 'event.slides.uploadOwn') && user.row.speakerId === speakerId;
      if (!ownSlides && !canOnEvent(roles, 'event.slides.uploadAny'))
        throw forbidden("Only the speaker and this event's producer can upload these slides.");
      if (!event.speakerIds.includes(speakerId)) {
        throw new HttpProblem(
          404,
          'not-found',
          'Not a speaker here',
          `Speaker "${speakerId}" does not speak at this event.`,
        );
      }
      const { file } = await readMultipart(request, 'slides');
      const stored = await app.fileStore.save('slides', file.file, file.mimetype);
      const pageCount = await countPdfPages(app.fileStore.absolutePath(stored.storageKey));
      if (pageCount === null) {
        await stored.discard();
        throw new HttpProblem(
          415,
          'unsupported-media-type',
          'Unreadable PDF',
          'This file starts like a PDF but cannot be opened as one. Export the slides to PDF again.',
        );
      }
      const replaced = await saveDeck(app.db, {
        eventId,
        speakerId,
        uploadedBy: user.row.id,
        pageCount,
        file: {
          storageKey: stored.storageKey,
          sizeBytes: stored.sizeBytes,
          originalName: file.filename.slice(0, 200),
        },
      }).catch(async (error: unknown) => {
        await stored.discard();
        throw error;
      });
      if (replaced) await app.fileStore.remove(replaced);
      await app.forumBroadcasts.studio.publish(eventId, { type: 'slides', speakerId });
      // The state shows the on-air speaker's deck, which may be this one.
      await app.forumBroadcasts.studio.publish(eventId, { type: 'state' });
      const deck = await deckOf(app.db, eventId, speakerId);
      if (!deck) throw notFound('Slides', speakerId);
      return deck;
    },
  );
};
