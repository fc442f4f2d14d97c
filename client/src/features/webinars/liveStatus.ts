/**
 * The one line that says, in plain words, where a visitor's live session stands: connecting,
 * live, waiting for the host, reconnecting (and why, when LiveKit itself is out of reach), or
 * over (ended, opened elsewhere, could not be restored), or why joining failed.
 */
import type { LiveEnd, LiveState } from '../../live/joinWebinar.ts';
import type { LiveError, LiveErrorKind } from '../../live/LiveError.ts';

export type LiveTone = 'waiting' | 'live' | 'trouble' | 'over';

export interface LiveStatus {
  key: string;
  tone: LiveTone;
  /** The api's own sentence, for problems our texts do not cover. */
  detail: string | null;
}

export interface SessionFacts {
  state: LiveState;
  end: LiveEnd | null;
  problem: LiveError | null;
  hostPresent: boolean;
}

/** Problems where the api's sentence says more than our general words. */
const OWN_WORDS: ReadonlySet<LiveErrorKind> = new Set(['forbidden', 'unknown']);

function problemStatus(problem: LiveError, tone: LiveTone): LiveStatus {
  return {
    key: `live.problem.${problem.kind}`,
    tone,
    detail: OWN_WORDS.has(problem.kind) ? problem.detail : null,
  };
}

export function liveStatus(session: SessionFacts | null, joinError: LiveError | null): LiveStatus {
  if (joinError) return problemStatus(joinError, joinError.kind === 'ended' ? 'over' : 'trouble');
  if (!session) return { key: 'live.state.connecting', tone: 'waiting', detail: null };
  if (session.end) {
    if (session.end === 'failed' && session.problem) return problemStatus(session.problem, 'over');
    return { key: `live.end.${session.end}`, tone: 'over', detail: null };
  }
  switch (session.state) {
    case 'connecting':
      return { key: 'live.state.connecting', tone: 'waiting', detail: null };
    case 'reconnecting':
      return session.problem?.kind === 'unavailable'
        ? problemStatus(session.problem, 'trouble')
        : { key: 'live.state.reconnecting', tone: 'trouble', detail: null };
    case 'disconnected':
      return { key: 'live.state.disconnected', tone: 'over', detail: null };
    case 'connected':
      return session.hostPresent
        ? { key: 'live.state.connected', tone: 'live', detail: null }
        : { key: 'live.waitingForHost', tone: 'waiting', detail: null };
  }
}
