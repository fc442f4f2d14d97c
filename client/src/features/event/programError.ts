/**
 * Why watching the program failed, in the kinds the live/ code already words (LiveError), with
 * the program token's own refusals mapped: not live yet, ended.
 */
import { ApiError } from '../../api/apiClient.ts';
import { LiveError, liveErrorFrom } from '../../live/LiveError.ts';

const BY_PROBLEM = {
  'event-not-live': 'notLive',
  'event-ended': 'ended',
} as const;

export function programErrorFrom(error: unknown): LiveError {
  if (error instanceof ApiError && error.problem in BY_PROBLEM) {
    const kind = BY_PROBLEM[error.problem as keyof typeof BY_PROBLEM];
    return new LiveError(kind, error.message, { cause: error });
  }
  return liveErrorFrom(error);
}
