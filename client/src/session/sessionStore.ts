/** Who the visitor is, for the UI: name and colour of the current session's user. */
import type { SessionUser } from '@salon/shared';
import { create } from 'zustand';

interface SessionStore {
  user: SessionUser | null;
  setUser: (user: SessionUser | null) => void;
}

export const useSessionStore = create<SessionStore>()((set) => ({
  user: null,
  setUser: (user) => set({ user }),
}));
