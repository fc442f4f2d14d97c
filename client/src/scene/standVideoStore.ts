/**
 * The hall's stand-video state that the page's UI reads (STYLE.md 7: nothing per-frame here):
 * which exhibitor's video is on a screen now, and whether the visitor asked for its sound. Sound
 * is off until asked for (browsers refuse unmuted autoplay) and stays a choice for the visit,
 * carried from stand to stand; the scene turns it back off when the browser refuses it or
 * another player on the page starts.
 */
import { create } from 'zustand';

interface StandVideoStore {
  /** The exhibitor whose video plays on its stand's screen, or null. */
  activeExhibitorId: string | null;
  soundOn: boolean;
  setActive: (exhibitorId: string | null) => void;
  setSoundOn: (soundOn: boolean) => void;
  toggleSound: () => void;
}

export const useStandVideo = create<StandVideoStore>()((set) => ({
  activeExhibitorId: null,
  soundOn: false,
  setActive: (activeExhibitorId) => set({ activeExhibitorId }),
  setSoundOn: (soundOn) => set({ soundOn }),
  toggleSound: () => set((state) => ({ soundOn: !state.soundOn })),
}));
