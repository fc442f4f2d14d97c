/**
 * The hall's stand-screen state that the page's UI reads (STYLE.md 7: nothing per-frame here):
 * which stand the screens' picker chose (changes when the visitor walks up to or away from a
 * stand, never per frame), which exhibitor's video or live webinar plays on a screen now, and
 * whether the visitor asked for its sound. Sound is off until asked for (browsers refuse unmuted
 * autoplay) and stays a choice for the visit, carried from stand to stand and from video to live
 * webinar; the scene turns it back off when the browser refuses it or another player starts.
 */
import { create } from 'zustand';

interface StandVideoStore {
  /** The exhibitor whose stand's screen the picker chose, playing or not, or null. */
  selectedExhibitorId: string | null;
  /** The exhibitor whose video or live webinar plays on its stand's screen, or null. */
  activeExhibitorId: string | null;
  /** What plays is the stand's live webinar, not its video. */
  activeLive: boolean;
  soundOn: boolean;
  setSelected: (exhibitorId: string | null) => void;
  setActive: (exhibitorId: string | null, live: boolean) => void;
  setSoundOn: (soundOn: boolean) => void;
  toggleSound: () => void;
}

export const useStandVideo = create<StandVideoStore>()((set) => ({
  selectedExhibitorId: null,
  activeExhibitorId: null,
  activeLive: false,
  soundOn: false,
  setSelected: (selectedExhibitorId) => set({ selectedExhibitorId }),
  setActive: (activeExhibitorId, live) =>
    set({ activeExhibitorId, activeLive: activeExhibitorId !== null && live }),
  setSoundOn: (soundOn) => set({ soundOn }),
  toggleSound: () => set((state) => ({ soundOn: !state.soundOn })),
}));
