/**
 * What went wrong when joining or staying in a hall, from the SDK's errors and the server's
 * close codes, as a ConnectionProblem the UI can explain.
 */
import { CloseCode, ErrorCode, MatchMakeError } from '@colyseus/sdk';
import { HALL_CLOSE_CODES } from '@salon/shared';
import { ApiError } from '../api/apiClient.ts';
import type { ConnectionProblem } from './hallLiveStore.ts';

const GATEWAY_STATUSES = new Set([502, 503, 504]);

export function problemOfJoinError(error: unknown): ConnectionProblem {
  if (error instanceof ApiError) {
    if (error.status === 429) return 'tooManySessions';
    return error.status === 0 || error.status >= 500 ? 'network' : 'unknown';
  }
  if (error instanceof MatchMakeError) {
    if (error.code === ErrorCode.AUTH_FAILED || error.code === HALL_CLOSE_CODES.invalidSession) {
      return 'sessionRefused';
    }
    if (error.code === HALL_CLOSE_CODES.hallNotFound) return 'hallNotFound';
    // The SDK puts the HTTP status in `code`; an unreachable server (fetch failing, or the
    // proxy answering for it) has none or a gateway status.
    if (!Number.isInteger(error.code) || GATEWAY_STATUSES.has(error.code)) return 'network';
    return 'unknown';
  }
  // fetch() failing outright (server down, proxy without upstream).
  if (error instanceof TypeError) return 'network';
  return 'unknown';
}

/**
 * How to react to the room closing: `stay` (we left on purpose), `renew` the session and
 * join again, `rejoin` a fresh room, or give up with a problem.
 */
export type LeaveAction =
  | { kind: 'stay' }
  | { kind: 'renew' }
  | { kind: 'rejoin' }
  | { kind: 'fail'; problem: ConnectionProblem };

export function actionOnLeave(code: number): LeaveAction {
  switch (code) {
    case CloseCode.CONSENTED:
    case CloseCode.NORMAL_CLOSURE:
      return { kind: 'stay' };
    case HALL_CLOSE_CODES.invalidSession:
      return { kind: 'renew' };
    case HALL_CLOSE_CODES.hallNotFound:
      return { kind: 'fail', problem: 'hallNotFound' };
    case HALL_CLOSE_CODES.misbehaving:
      return { kind: 'fail', problem: 'misbehaving' };
    default:
      // Reconnection gave up, the server restarted, the drop came too soon after joining:
      // the avatar is gone, so a fresh join is the way back.
      return { kind: 'rejoin' };
  }
}
