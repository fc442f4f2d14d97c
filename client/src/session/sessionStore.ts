/**
 * The session as the UI sees it (zustand): guest or account, the user's name and colour, the
 * current token, and an account whose session ended. Changed only through `apply`, with the
 * transitions of sessionState.ts; session.ts is what dispatches them.
 */
import { create } from 'zustand';
import {
  INITIAL_SESSION_STATE,
  sessionTransition,
  type SessionEvent,
  type SessionState,
} from './sessionState.ts';

interface SessionStore extends SessionState {
  apply: (event: SessionEvent) => void;
}

export const useSessionStore = create<SessionStore>()((set) => ({
  ...INITIAL_SESSION_STATE,
  apply: (event) => set((state) => sessionTransition(state, event)),
}));
