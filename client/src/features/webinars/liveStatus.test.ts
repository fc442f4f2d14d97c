import { describe, expect, it } from 'vitest';
import { LiveError } from '../../live/LiveError.ts';
import { liveStatus, type SessionFacts } from './liveStatus.ts';

const live: SessionFacts = { state: 'connected', end: null, problem: null, hostPresent: true };

describe('liveStatus', () => {
  it('says "live" with the host there, and "waiting" without', () => {
    expect(liveStatus(live, null)).toEqual({
      key: 'live.state.connected',
      tone: 'live',
      detail: null,
    });
    expect(liveStatus({ ...live, hostPresent: false }, null).key).toBe('live.waitingForHost');
  });

  it('says "connecting" before the session exists', () => {
    expect(liveStatus(null, null)).toMatchObject({ key: 'live.state.connecting', tone: 'waiting' });
  });

  it('tells an unreachable LiveKit apart from a plain reconnect', () => {
    expect(liveStatus({ ...live, state: 'reconnecting' }, null).key).toBe(
      'live.state.reconnecting',
    );
    expect(
      liveStatus({ ...live, state: 'reconnecting', problem: new LiveError('unavailable') }, null),
    ).toMatchObject({ key: 'live.problem.unavailable', tone: 'trouble' });
  });

  it('says why a session is over', () => {
    expect(liveStatus({ ...live, state: 'disconnected', end: 'ended' }, null)).toMatchObject({
      key: 'live.end.ended',
      tone: 'over',
    });
    expect(liveStatus({ ...live, state: 'disconnected', end: 'elsewhere' }, null).key).toBe(
      'live.end.elsewhere',
    );
    expect(
      liveStatus(
        {
          ...live,
          state: 'disconnected',
          end: 'failed',
          problem: new LiveError('forbidden', 'Only staff.'),
        },
        null,
      ),
    ).toEqual({ key: 'live.problem.forbidden', tone: 'over', detail: 'Only staff.' });
  });

  it('words a failed join, keeping the api sentence only where ours is general', () => {
    expect(liveStatus(null, new LiveError('unavailable', 'LiveKit is down.'))).toEqual({
      key: 'live.problem.unavailable',
      tone: 'trouble',
      detail: null,
    });
    expect(liveStatus(null, new LiveError('ended'))).toMatchObject({ tone: 'over' });
    expect(liveStatus(null, new LiveError('unknown', 'Odd.')).detail).toBe('Odd.');
  });
});
