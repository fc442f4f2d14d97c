/**
 * Wires a joined room's decoded state to the HallWorldSync and the live store with Colyseus
 * 0.18 state callbacks: avatars added, changed (once per patch per avatar) and removed, stand
 * occupancy, population, density and the layout version. Returns the function that unbinds.
 */
import { Callbacks, type Room } from '@colyseus/sdk';
import type { HallWorldSync } from './hallWorldSync.ts';
import { useHallLive } from './hallLiveStore.ts';
import type { HallStateSchema } from './hallStateSchema.ts';

/** The game server's DENSITY_CELL_METRES. */
const DENSITY_CELL_METRES = 8;

export function bindHallState(
  room: Room<unknown, HallStateSchema>,
  sync: HallWorldSync,
): () => void {
  const $ = Callbacks.get(room);
  const avatarUnbinds = new Map<string, () => void>();
  let densityChanged = true;
  const live = useHallLive.setState;

  const unbinds = [
    $.onAdd('avatars', (avatar, id) => {
      sync.addAvatar(id, avatar, id === room.sessionId, performance.now());
      avatarUnbinds.get(id)?.();
      avatarUnbinds.set(
        id,
        $.onChange(avatar, () => sync.updateAvatar(id, avatar, performance.now())),
      );
    }),
    $.onRemove('avatars', (_avatar, id) => {
      avatarUnbinds.get(id)?.();
      avatarUnbinds.delete(id);
      sync.removeAvatar(id);
    }),
    $.listen('population', (population) => live({ population })),
    $.listen('layoutVersion', (layoutVersion) => live({ layoutVersion })),
    $.onAdd('standOccupancy', (count, standId) => setOccupancy(standId, count)),
    $.onChange('standOccupancy', (standId, count) => setOccupancy(standId, count)),
    $.onRemove('standOccupancy', (_count, standId) => setOccupancy(standId, 0)),
    $.onChange('density', () => {
      densityChanged = true;
    }),
    $.listen('densityColumns', () => {
      densityChanged = true;
    }),
  ];
  // Density changes once a second as a whole grid: copy it after the patch, not per cell.
  const onPatch = (state: HallStateSchema) => {
    if (!densityChanged) return;
    densityChanged = false;
    sync.setDensity(state.density.toArray(), state.densityColumns, DENSITY_CELL_METRES);
  };
  room.onStateChange(onPatch);

  return () => {
    for (const unbind of unbinds) unbind();
    for (const unbind of avatarUnbinds.values()) unbind();
    avatarUnbinds.clear();
    room.onStateChange.remove(onPatch);
  };
}

function setOccupancy(standId: string, count: number): void {
  useHallLive.setState(({ occupancy }) => {
    const others = Object.entries(occupancy).filter(([id]) => id !== standId);
    return { occupancy: Object.fromEntries(count > 0 ? [...others, [standId, count]] : others) };
  });
}
