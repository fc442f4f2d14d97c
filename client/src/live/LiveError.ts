/**
 * Why joining or staying in a webinar failed, as one of a few kinds the UI words in the
 * interface's language (`live.problem.<kind>`), with the api's own sentence kept for kinds we
 * have no words of our own for. Everything that can fail on the way (the api, the session,
 * LiveKit's signalling, the camera) comes through `liveErrorFrom`.
 */
import { ConnectionError, ConnectionErrorReason } from 'livekit-client';
import { ApiError } from '../api/apiClient.ts';
import { SessionEndedError } from '../session/withSession.ts';

export const LIVE_ERROR_KINDS = [
  /** LiveKit (or the api's way to it) cannot be reached: try again later, the rest works. */
  'unavailable',
  /** This server has no live video set up at all. */
  'notConfigured',
  /** A viewer came before the host went live. */
  'notLive',
  'ended',
  'notFound',
  'forbidden',
  'network',
  'session',
  'tooMany',
  /** The camera or microphone could not be opened (permission refused, no device, busy). */
  'devices',
  'unknown',
] as const;
export type LiveErrorKind = (typeof LIVE_ERROR_KINDS)[number];

export class LiveError extends Error {
  readonly kind: LiveErrorKind;
  /** The api's sentence, when it gave one. */
  readonly detail: string | null;
  constructor(kind: LiveErrorKind, detail: string | null = null, options?: { cause: unknown }) {
    super(detail ?? kind, options);
    this.name = 'LiveError';
    this.kind = kind;
    this.detail = detail;
  }
}

/** Kinds that trying again later may cure; the others need a person to act or are final. */
export function isPassing(kind: LiveErrorKind): boolean {
  return kind === 'unavailable' || kind === 'network' || kind === 'tooMany' || kind === 'unknown';
}

const BY_PROBLEM: Readonly<Record<string, LiveErrorKind>> = {
  'live-unavailable': 'unavailable',
  'live-not-configured': 'notConfigured',
  'webinar-not-live': 'notLive',
  'webinar-ended': 'ended',
};

function fromApi(error: ApiError): LiveError {
  const detail = error.status === 0 ? null : error.message;
  const known = BY_PROBLEM[error.problem];
  if (known) return new LiveError(known, detail, { cause: error });
  if (error instanceof SessionEndedError) return new LiveError('session', detail, { cause: error });
  if (error.status === 0) return new LiveError('network', null, { cause: error });
  if (error.status === 403) return new LiveError('forbidden', detail, { cause: error });
  if (error.status === 404) return new LiveError('notFound', detail, { cause: error });
  if (error.status === 429) return new LiveError('tooMany', detail, { cause: error });
  if (error.status === 502 || error.status === 503 || error.status === 504)
    return new LiveError('unavailable', detail, { cause: error });
  return new LiveError('unknown', detail, { cause: error });
}

/** getUserMedia's refusals, by the DOMException names browsers use. */
const DEVICE_ERRORS = new Set([
  'NotAllowedError',
  'NotFoundError',
  'NotReadableError',
  'OverconstrainedError',
  'SecurityError',
  'AbortError',
]);

export function liveErrorFrom(error: unknown): LiveError {
  if (error instanceof LiveError) return error;
  if (error instanceof ApiError) return fromApi(error);
  if (error instanceof ConnectionError) {
    // The signalling server refused the token itself: not something waiting cures.
    const refused =
      error.reason === ConnectionErrorReason.NotAllowed && error.status !== undefined
        ? error.status === 401 || error.status === 403
        : false;
    return new LiveError(refused ? 'forbidden' : 'unavailable', null, { cause: error });
  }
  if (error instanceof Error && DEVICE_ERRORS.has(error.name))
    return new LiveError('devices', error.message, { cause: error });
  return new LiveError('unknown', null, { cause: error });
}
