/**
 * While a staff member has their stand's dashboard open, tell the api every minute that they
 * are still here: PUT staff/me with their current duty refreshes "online now" on the stand
 * page. The duty itself is read from the cached stand at each beat, so a toggle in between is
 * never undone by the heartbeat.
 */
import { useEffect } from 'react';
import { setDuty } from '../../../api/dashboard.ts';
import { withSession } from '../../../session/withSession.ts';
import { useStandCache } from '../standQueries.ts';

export const HEARTBEAT_MS = 60_000;

export function useDutyHeartbeat(exhibitorId: string, userId: string, enabled: boolean): void {
  const cache = useStandCache(exhibitorId);
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    const beat = async () => {
      const me = cache.get()?.staff.find((member) => member.userId === userId);
      try {
        const fresh = await withSession((token) =>
          setDuty(exhibitorId, me?.onDuty ?? false, { token }),
        );
        if (stopped) return;
        cache.change((stand) => ({
          ...stand,
          staff: stand.staff.map((member) => (member.userId === userId ? fresh : member)),
        }));
      } catch {
        // A missed beat only makes "online" lapse a little early; the next one tries again.
      }
    };
    void beat();
    const timer = setInterval(() => void beat(), HEARTBEAT_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [cache, enabled, exhibitorId, userId]);
}
