/**
 * The studio's calls to the api, each for the current session: what the studio shows (state
 * and my roles, the event, its staff, the slides), the two LiveKit tokens, the producer's
 * changes (each answers with the new state), slides uploads, and the recording's chunks.
 * The api decides who may do what; this file only asks.
 */
import {
  EventDetailSchema,
  EventStaffSchema,
  RecordingChunkReceiptSchema,
  RecordingSchema,
  SlideDeckListSchema,
  SlideDeckSchema,
  StudioStateSchema,
  StudioTokensSchema,
  StudioViewSchema,
  type CueKind,
  type OnAirMode,
  type StudioLayout,
  type StudioState,
} from '@salon/shared';
import { ApiError, apiPath, getJson, problemSlug, sendJson } from '../../api/apiClient.ts';
import { uploadWithProgress } from '../../api/uploadWithProgress.ts';
import { withSession } from '../../session/withSession.ts';
import { ProblemSchema } from '@salon/shared';

export const eventPath = (eventId: string, rest = '') =>
  apiPath(`/events/${encodeURIComponent(eventId)}${rest}`);

export const fetchStudioView = (eventId: string, signal?: AbortSignal) =>
  withSession((token) =>
    getJson(eventPath(eventId, '/studio'), StudioViewSchema, { token, signal }),
  );

export const fetchEventDetail = (eventId: string, signal?: AbortSignal) =>
  getJson(eventPath(eventId), EventDetailSchema, { signal });

export const fetchStaff = (eventId: string, signal?: AbortSignal) =>
  withSession((token) =>
    getJson(eventPath(eventId, '/staff'), EventStaffSchema, { token, signal }),
  );

export const fetchSlides = (eventId: string, signal?: AbortSignal) =>
  withSession((token) =>
    getJson(eventPath(eventId, '/slides'), SlideDeckListSchema, { token, signal }),
  );

export const fetchStudioTokens = (eventId: string) =>
  withSession((token) =>
    sendJson('POST', eventPath(eventId, '/studio-token'), undefined, StudioTokensSchema, {
      token,
    }),
  );

export const fetchRecording = (eventId: string, signal?: AbortSignal) =>
  getJson(eventPath(eventId, '/recording'), RecordingSchema, { signal });

/** One of the producer's changes; the answer is the studio's new state. */
export type StudioChange =
  | { type: 'live' }
  | { type: 'end' }
  | { type: 'onAir'; speakerId: string; mode: OnAirMode }
  | { type: 'offAir' }
  | { type: 'layout'; layout: StudioLayout }
  | { type: 'slide'; index: number }
  | { type: 'cue'; speakerId: string; kind: CueKind; text?: string };

export function changeStudio(eventId: string, change: StudioChange): Promise<StudioState> {
  const [method, rest, body] = ((): [
    'POST' | 'PUT' | 'DELETE',
    string,
    Record<string, unknown> | undefined,
  ] => {
    switch (change.type) {
      case 'live':
        return ['POST', '/studio/live', undefined];
      case 'end':
        return ['POST', '/studio/end', undefined];
      case 'onAir':
        return ['PUT', '/studio/on-air', { speakerId: change.speakerId, mode: change.mode }];
      case 'offAir':
        return ['DELETE', '/studio/on-air', undefined];
      case 'layout':
        return ['PUT', '/studio/layout', { layout: change.layout }];
      case 'slide':
        return ['PUT', '/studio/slide', { index: change.index }];
      case 'cue': {
        const { speakerId, kind, text } = change;
        return ['POST', '/studio/cue', text ? { speakerId, kind, text } : { speakerId, kind }];
      }
    }
  })();
  return withSession((token) =>
    sendJson(method, eventPath(eventId, rest), body, StudioStateSchema, { token }),
  );
}

export function uploadSlides(
  eventId: string,
  speakerId: string,
  file: File,
  onProgress: (fraction: number) => void,
) {
  return withSession((token) =>
    uploadWithProgress(
      {
        method: 'PUT',
        url: eventPath(eventId, `/slides/${encodeURIComponent(speakerId)}`),
        token,
        file,
        fileName: file.name,
        onProgress,
      },
      SlideDeckSchema,
    ),
  );
}

/**
 * Raw bytes, which the JSON helpers do not send. `sinceStartMs`, with the first chunk: how long
 * the recorder has been running, from which the api sets the recording's time 0.
 */
export async function sendRecordingChunk(
  eventId: string,
  seq: number,
  chunk: Blob,
  sinceStartMs?: number,
) {
  return withSession(async (token) => {
    let response: Response;
    try {
      response = await fetch(
        apiPath(`/events/${encodeURIComponent(eventId)}/recording/chunks`, { seq, sinceStartMs }),
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/octet-stream',
            accept: 'application/json',
          },
          body: chunk,
        },
      );
    } catch {
      throw new ApiError(0, 'network');
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const problem = ProblemSchema.safeParse(body);
      throw new ApiError(
        response.status,
        problem.success ? problem.data.detail : response.statusText,
        problem.success ? problem.data.errors : [],
        problem.success ? problemSlug(problem.data.type) : '',
      );
    }
    return RecordingChunkReceiptSchema.parse(body);
  });
}

export const finishRecording = (eventId: string) =>
  withSession((token) =>
    sendJson('POST', eventPath(eventId, '/recording/finish'), undefined, RecordingSchema, {
      token,
    }),
  );
