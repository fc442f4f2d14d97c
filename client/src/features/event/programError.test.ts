import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/apiClient.ts';
import { programErrorFrom } from './programError.ts';

describe('programErrorFrom', () => {
  it('reads the program token refusals', () => {
    expect(programErrorFrom(new ApiError(409, 'x', [], 'event-not-live')).kind).toBe('notLive');
    expect(programErrorFrom(new ApiError(409, 'x', [], 'event-ended')).kind).toBe('ended');
  });

  it('says LiveKit is unavailable when the api says so or cannot reach it', () => {
    expect(programErrorFrom(new ApiError(503, 'x', [], 'live-unavailable')).kind).toBe(
      'unavailable',
    );
    expect(programErrorFrom(new ApiError(0, 'network')).kind).toBe('network');
  });
});
