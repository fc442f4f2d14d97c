/**
 * The program recording. The producer's browser records the composed program with
 * MediaRecorder and uploads it as it goes, one numbered chunk at a time (the first must be
 * WebM by its bytes); finishing (recordingFinisher.ts; the end of the event also finishes it)
 * remuxes it into a seekable WebM with ffmpeg and stores it as the event's recording, or, if
 * ffmpeg fails, keeps the upload as it came and says so. Anyone can
 * read the recording's status, its address and its chapters.
 */
import {
  EventParamsSchema,
  ProblemSchema,
  RecordingChunkQuerySchema,
  RecordingChunkReceiptSchema,
  RecordingSchema,
} from '@salon/shared';
import { fileTypeFromBuffer } from 'file-type';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UPLOAD_RULES, formatMegabytes } from '../../files/uploadRules.ts';
import { HttpProblem } from '../../plugins/problems.ts';
import { requireEvent, requireEventRole } from '../studio/eventAccess.ts';
import { studioRow } from '../studio/studioRepository.ts';
import { finishRecording } from './recordingFinisher.ts';
import { appendChunk, getRecording } from './recordingRepository.ts';
import { newPartName, partWriter } from './recordingFiles.ts';

/** MediaRecorder chunks of a few seconds are well under this, even at high bitrates. */
export const CHUNK_MAX_BYTES = 8 * 1024 * 1024;

const ERRORS = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  413: ProblemSchema,
  415: ProblemSchema,
};

export const recordingRoutes: FastifyPluginAsyncZod = async (app) => {
  // Chunks arrive as raw bytes; only the routes of this plugin accept them.
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: CHUNK_MAX_BYTES },
    (_request, body, done) => {
      done(null, body);
    },
  );

  const writePart = partWriter(app.fileStore);

  app.get(
    '/events/:eventId/recording',
    {
      schema: {
        tags: ['recording'],
        summary: "An event's recording: status, address, duration and chapters",
        params: EventParamsSchema,
        response: { 200: RecordingSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const event = await requireEvent(app.db, request.params.eventId);
      return getRecording(app.db, event.id);
    },
  );

  app.post(
    '/events/:eventId/recording/chunks',
    {
      bodyLimit: CHUNK_MAX_BYTES,
      schema: {
        tags: ['recording'],
        summary: 'Upload the next chunk of the program recording (the producer)',
        description:
          'application/octet-stream, at most 8 MB, numbered from 0 by `seq`. A chunk sent again is ignored; one that skips ahead is refused with 409 naming the expected `seq`. The first chunk says with `sinceStartMs` how long the recorder had been running: chapters count from its start.',
        security: [{ session: [] }],
        consumes: ['application/octet-stream'],
        params: EventParamsSchema,
        querystring: RecordingChunkQuerySchema,
        body: z.instanceof(Buffer),
        response: { 200: RecordingChunkReceiptSchema, ...ERRORS },
      },
    },
    async (request) => {
      const { event } = await requireEventRole(
        app,
        request,
        request.params.eventId,
        'event.recording.upload',
      );
      const receivedAt = Date.now();
      const bytes = request.body;
      const { seq, sinceStartMs } = request.query;
      if (bytes.length === 0)
        throw new HttpProblem(400, 'bad-request', 'Empty chunk', 'The chunk had no bytes in it.');
      if (seq === 0 && (await fileTypeFromBuffer(bytes))?.mime !== 'video/webm') {
        throw new HttpProblem(
          415,
          'unsupported-media-type',
          'Not WebM',
          'The recording must start with a WebM header: record with MediaRecorder as video/webm.',
        );
      }
      // Time 0 of the recording: the recorder's start as the page reports it, never before going
      // live (nothing was recorded before); without a report, going live.
      const liveAt = (await studioRow(app.db, event.id)).liveAt?.getTime() ?? receivedAt;
      const startedAt = new Date(
        sinceStartMs === undefined ? liveAt : Math.max(liveAt, receivedAt - sinceStartMs),
      );
      const result = await appendChunk(
        app.db,
        event.id,
        { seq, bytes, startedAt },
        { maxBytes: UPLOAD_RULES.recording.maxBytes, write: writePart, newPartName },
      );
      switch (result.outcome) {
        case 'gap':
          throw new HttpProblem(
            409,
            'chunk-out-of-order',
            'Chunk out of order',
            `Expected chunk ${result.expected}; send the chunks from there in order.`,
          );
        case 'finished':
          throw new HttpProblem(
            409,
            'recording-finished',
            'Recording finished',
            'This recording is already finished; it takes no more chunks.',
          );
        case 'tooLarge':
          throw new HttpProblem(
            413,
            'payload-too-large',
            'Recording too large',
            `A recording can be at most ${formatMegabytes(UPLOAD_RULES.recording.maxBytes)}.`,
          );
        default:
          if (seq === 0 && result.outcome === 'appended') {
            await app.forumBroadcasts.chat.publish(event.id, {
              event: { type: 'recording', status: 'recording' },
              forViewers: 'same',
            });
          }
          return {
            nextSeq: result.row.nextSeq,
            sizeBytes: result.row.sizeBytes,
            duplicate: result.outcome === 'duplicate',
          };
      }
    },
  );

  app.post(
    '/events/:eventId/recording/finish',
    {
      schema: {
        tags: ['recording'],
        summary: 'Finish the recording: make it seekable and publish it (the producer)',
        description:
          'Remuxes the uploaded WebM with ffmpeg (no re-encoding) and answers when it is ready; a second call answers the finished recording.',
        security: [{ session: [] }],
        params: EventParamsSchema,
        response: { 200: RecordingSchema, ...ERRORS },
      },
    },
    async (request) => {
      const { event } = await requireEventRole(
        app,
        request,
        request.params.eventId,
        'event.recording.upload',
      );
      const outcome = await finishRecording(app, event.id, request.log);
      if (outcome === 'none') {
        throw new HttpProblem(
          409,
          'nothing-recorded',
          'Nothing recorded',
          'No chunk of this recording has arrived yet.',
        );
      }
      if (outcome === 'busy') {
        throw new HttpProblem(
          409,
          'recording-processing',
          'Already finishing',
          'This recording is being finished now. Check its status in a moment.',
        );
      }
      return getRecording(app.db, event.id);
    },
  );
};
