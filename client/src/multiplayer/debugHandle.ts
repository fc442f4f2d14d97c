/**
 * `window.__salonHall`: a read-only look at the hall as this tab sees it, for browser tests
 * (beside the scene's `window.__salonScene`). Returns copies, so a test cannot disturb the world.
 */
import type { HallConnection } from './HallConnection.ts';
import { useHallLive } from './hallLiveStore.ts';

export interface HallProbeSnapshot {
  hallId: string;
  status: string;
  selfId: string | null;
  nearStandId: string | null;
  path: { x: number; y: number }[] | null;
  avatars: { id: string; userId: string; name: string; x: number; y: number; state: string }[];
}

export interface SalonHallProbe {
  snapshot(): HallProbeSnapshot;
}

declare global {
  interface Window {
    __salonHall?: SalonHallProbe;
  }
}

export function exposeHallForTests(connection: HallConnection | null): void {
  if (!connection) {
    delete window.__salonHall;
    return;
  }
  const world = connection.sync.world;
  window.__salonHall = {
    snapshot: () => ({
      hallId: world.hallId,
      status: useHallLive.getState().status,
      selfId: world.selfId,
      nearStandId: world.nearStandId,
      path: world.path ? world.path.map(({ x, y }) => ({ x, y })) : null,
      avatars: [...world.avatars.values()].map(({ id, userId, name, x, y, state }) => ({
        id,
        userId,
        name,
        x,
        y,
        state,
      })),
    }),
  };
}
