/**
 * How the visitor is looking at the hall (UI state, shared by the hall and map pages): 2D by
 * choice (remembered) or because WebGL failed, the stand whose panel is open, and the stand
 * they asked to walk to. Nothing per-frame lives here.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface HallViewStore {
  prefer2d: boolean;
  webglFailed: boolean;
  openStandId: string | null;
  walkingToStandId: string | null;
  setPrefer2d: (prefer2d: boolean) => void;
  markWebglFailed: () => void;
  openStand: (standId: string) => void;
  closeStand: () => void;
  setWalkingTo: (standId: string | null) => void;
}

export const useHallView = create<HallViewStore>()(
  persist(
    (set) => ({
      prefer2d: false,
      webglFailed: false,
      openStandId: null,
      walkingToStandId: null,
      setPrefer2d: (prefer2d) => set({ prefer2d }),
      markWebglFailed: () => set({ webglFailed: true }),
      openStand: (standId) => set({ openStandId: standId, walkingToStandId: null }),
      closeStand: () => set({ openStandId: null }),
      setWalkingTo: (walkingToStandId) => set({ walkingToStandId }),
    }),
    { name: 'salon.hallView', partialize: ({ prefer2d }) => ({ prefer2d }) },
  ),
);
