import { CloseCode, ErrorCode, MatchMakeError } from '@colyseus/sdk';
import { HALL_CLOSE_CODES } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/apiClient.ts';
import { actionOnLeave, problemOfJoinError } from './joinProblem.ts';

describe('problemOfJoinError', () => {
  it('blames the session when the game server refused the token', () => {
    expect(problemOfJoinError(new MatchMakeError('onAuth failed', ErrorCode.AUTH_FAILED))).toBe(
      'sessionRefused',
    );
  });

  it('calls an unreachable server a network problem', () => {
    expect(problemOfJoinError(new MatchMakeError('Failed to fetch', Number.NaN))).toBe('network');
    expect(problemOfJoinError(new MatchMakeError('Bad gateway', 502))).toBe('network');
    expect(problemOfJoinError(new TypeError('Failed to fetch'))).toBe('network');
    expect(problemOfJoinError(new ApiError(0, 'network'))).toBe('network');
  });

  it('tells a refused guest session apart from everything else', () => {
    expect(problemOfJoinError(new ApiError(429, 'Too many requests'))).toBe('tooManySessions');
    expect(problemOfJoinError(new Error('what'))).toBe('unknown');
  });

  it('recognises a hall that does not exist', () => {
    expect(problemOfJoinError(new MatchMakeError('no', HALL_CLOSE_CODES.hallNotFound))).toBe(
      'hallNotFound',
    );
  });
});

describe('actionOnLeave', () => {
  it('stays away after leaving on purpose', () => {
    expect(actionOnLeave(CloseCode.CONSENTED)).toEqual({ kind: 'stay' });
  });

  it('renews the session when the server says it is no longer valid', () => {
    expect(actionOnLeave(HALL_CLOSE_CODES.invalidSession)).toEqual({ kind: 'renew' });
  });

  it('gives up with a reason after being disconnected for misbehaving', () => {
    expect(actionOnLeave(HALL_CLOSE_CODES.misbehaving)).toEqual({
      kind: 'fail',
      problem: 'misbehaving',
    });
  });

  it('joins again when reconnection failed or the server went away', () => {
    expect(actionOnLeave(CloseCode.FAILED_TO_RECONNECT)).toEqual({ kind: 'rejoin' });
    expect(actionOnLeave(CloseCode.SERVER_SHUTDOWN)).toEqual({ kind: 'rejoin' });
    expect(actionOnLeave(CloseCode.ABNORMAL_CLOSURE)).toEqual({ kind: 'rejoin' });
  });
});
