/**
 * Asking the recording on the page to jump to a moment: from a chapter, or from an answered
 * question in the chat, which lives elsewhere on the page. Each request is new (`nonce`), so
 * asking for the same moment twice seeks twice.
 */
import { create } from 'zustand';

interface RecordingSeek {
  request: { seconds: number; nonce: number } | null;
  seek: (seconds: number) => void;
}

export const useRecordingSeek = create<RecordingSeek>()((set) => ({
  request: null,
  seek: (seconds) =>
    set((state) => ({ request: { seconds, nonce: (state.request?.nonce ?? 0) + 1 } })),
}));
