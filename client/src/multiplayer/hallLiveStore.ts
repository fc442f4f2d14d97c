/**
 * The hall connection as the UI sees it: connection status in plain states, and the few live
 * facts that change rarely enough for React (who is near which stand, how many are here).
 * Positions are not here: they live in the HallWorld and change every frame.
 */
import { create } from 'zustand';

export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** Why the connection is offline, each with its own sentence in the UI. */
export type ConnectionProblem =
  'network' | 'sessionRefused' | 'hallNotFound' | 'misbehaving' | 'tooManySessions' | 'unknown';

/** The server declined something the visitor asked for. */
export type HallNotice = 'walkRefused' | 'standOutOfReach' | 'notConnected';

interface HallLiveStore {
  hallId: string | null;
  status: ConnectionStatus;
  problem: ConnectionProblem | null;
  population: number;
  /** Visitors at each stand; stands nobody is at are absent. */
  occupancy: Readonly<Record<string, number>>;
  layoutVersion: number;
  nearStandId: string | null;
  notice: { kind: HallNotice; at: number } | null;
  setStatus: (status: ConnectionStatus, problem?: ConnectionProblem | null) => void;
  reset: (hallId: string | null) => void;
}

export const useHallLive = create<HallLiveStore>()((set) => ({
  hallId: null,
  status: 'idle',
  problem: null,
  population: 0,
  occupancy: {},
  layoutVersion: 0,
  nearStandId: null,
  notice: null,
  setStatus: (status, problem = null) => set({ status, problem }),
  reset: (hallId) =>
    set({
      hallId,
      status: 'idle',
      problem: null,
      population: 0,
      occupancy: {},
      layoutVersion: 0,
      nearStandId: null,
      notice: null,
    }),
}));

export function showNotice(kind: HallNotice): void {
  useHallLive.setState({ notice: { kind, at: Date.now() } });
}
