import { ConnectionError } from 'livekit-client';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/apiClient.ts';
import { SessionEndedError } from '../session/withSession.ts';
import { isPassing, LiveError, liveErrorFrom } from './LiveError.ts';

describe('liveErrorFrom', () => {
  it("keeps the api's sentence when LiveKit cannot be reached", () => {
    const error = liveErrorFrom(
      new ApiError(503, 'Live video cannot be reached right now.', [], 'live-unavailable'),
    );
    expect(error).toMatchObject({
      kind: 'unavailable',
      detail: 'Live video cannot be reached right now.',
    });
  });

  it('tells a webinar not started yet from one that ended, both 409', () => {
    expect(liveErrorFrom(new ApiError(409, 'Not yet', [], 'webinar-not-live')).kind).toBe(
      'notLive',
    );
    expect(liveErrorFrom(new ApiError(409, 'Ended', [], 'webinar-ended')).kind).toBe('ended');
  });

  it('knows a server without live video set up', () => {
    expect(liveErrorFrom(new ApiError(503, 'x', [], 'live-not-configured')).kind).toBe(
      'notConfigured',
    );
  });

  it('words failures of the api by status', () => {
    expect(liveErrorFrom(new ApiError(0, 'network')).kind).toBe('network');
    expect(liveErrorFrom(new ApiError(0, 'network')).detail).toBeNull();
    expect(liveErrorFrom(new ApiError(403, 'Only staff')).kind).toBe('forbidden');
    expect(liveErrorFrom(new ApiError(404, 'No such webinar')).kind).toBe('notFound');
    expect(liveErrorFrom(new ApiError(429, 'Slow down')).kind).toBe('tooMany');
    expect(liveErrorFrom(new ApiError(502, 'Bad gateway')).kind).toBe('unavailable');
    expect(liveErrorFrom(new ApiError(500, 'Oops')).kind).toBe('unknown');
    expect(liveErrorFrom(new SessionEndedError()).kind).toBe('session');
  });

  it('counts a LiveKit server that does not answer as unavailable', () => {
    expect(liveErrorFrom(ConnectionError.serverUnreachable('no answer')).kind).toBe('unavailable');
    expect(liveErrorFrom(ConnectionError.timeout('slow')).kind).toBe('unavailable');
    expect(liveErrorFrom(ConnectionError.websocket('closed', 0)).kind).toBe('unavailable');
  });

  it('counts a token LiveKit refuses as forbidden', () => {
    expect(liveErrorFrom(ConnectionError.notAllowed('bad token', 401)).kind).toBe('forbidden');
  });

  it("names camera and microphone refusals by the browser's error", () => {
    const denied = new DOMException('Permission denied', 'NotAllowedError');
    expect(liveErrorFrom(denied)).toMatchObject({ kind: 'devices', detail: 'Permission denied' });
    expect(liveErrorFrom(new DOMException('none', 'NotFoundError')).kind).toBe('devices');
  });

  it('passes a LiveError through and calls anything else unknown', () => {
    const known = new LiveError('ended');
    expect(liveErrorFrom(known)).toBe(known);
    expect(liveErrorFrom('boom').kind).toBe('unknown');
    expect(liveErrorFrom(new TypeError('x')).kind).toBe('unknown');
  });
});

describe('isPassing', () => {
  it('retries outages, never endings or refusals', () => {
    expect(isPassing('unavailable')).toBe(true);
    expect(isPassing('network')).toBe(true);
    expect(isPassing('ended')).toBe(false);
    expect(isPassing('forbidden')).toBe(false);
    expect(isPassing('session')).toBe(false);
  });
});
