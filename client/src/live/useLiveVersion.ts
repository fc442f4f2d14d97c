/**
 * Re-renders a component after each change of a live session (tracks, participants, hands,
 * connection), never per frame: the component then reads what it shows from the session.
 */
import { useSyncExternalStore } from 'react';
import type { LiveSession } from './joinWebinar.ts';

const NOTHING = () => () => undefined;

export function useLiveVersion(session: LiveSession | null): number {
  return useSyncExternalStore(session ? session.onChange : NOTHING, () => session?.version ?? 0);
}
