/**
 * The live webinar the hall should be in for its stand screens: the one live now at the stand
 * the screens' picker chose, for the visitor of this session, or null. Re-evaluated when the
 * choice, the stand's webinar list (polled, src/live/useLiveWebinarOfStand.ts) or the person
 * changes: never per frame.
 *
 * The stand's own staff are left out: their token would make them the room's host, and
 * LiveKit keeps one connection per person, so the hall would push their own broadcast out of
 * the room if it runs in another tab.
 */
import { canOnStand } from '@salon/shared';
import { useMemo } from 'react';
import { useLiveWebinarOfStand } from '../live/useLiveWebinarOfStand.ts';
import { useSessionStore } from '../session/sessionStore.ts';
import type { LiveTarget } from './HallLiveSlot.ts';
import { useStandVideo } from './standVideoStore.ts';

export function useLiveTarget(): LiveTarget | null {
  const exhibitorId = useStandVideo((state) => state.selectedExhibitorId);
  const webinarId = useLiveWebinarOfStand(exhibitorId)?.id ?? null;
  const user = useSessionStore((state) => state.user);
  const identity = useSessionStore((state) => state.identity);
  const hosts =
    user !== null && exhibitorId !== null && canOnStand(user, 'stand.webinar.host', exhibitorId);
  return useMemo(
    () => (exhibitorId && webinarId && !hosts ? { exhibitorId, webinarId, identity } : null),
    [exhibitorId, webinarId, hosts, identity],
  );
}
