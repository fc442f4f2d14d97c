/**
 * A read-only window into the studio for browser tests, `window.__salonStudio`: how many
 * program frames were drawn, what is on air and drawn, the average colour of a part of the
 * program (to see a slide change), whether the program is going out, and the recording.
 * Installed by the studio page; it reads, never changes anything.
 */
import type { StudioState } from '@salon/shared';
import type { ProgramItem } from './programLayout.ts';
import type { Rgb } from './ProgramCompositor.ts';
import type { RecorderStatus } from './ProgramRecorder.ts';
import type { PublishState } from './ProgramPublisher.ts';

export interface StudioProbe {
  programFrames(): number;
  onAir(): {
    status: StudioState['status'];
    speakerId: string | null;
    mode: string | null;
    layout: StudioState['layout'];
    slideIndex: number;
    drawn: string[];
  } | null;
  programColour(kind: ProgramItem['kind'], who?: string): Rgb | null;
  publishing(): PublishState | null;
  recording():
    | (Pick<RecorderStatus, 'phase' | 'error'> & {
        chunks: number;
        sizeBytes: number;
        /** Failed attempts in a row, and why uploading stopped, if it did. */
        failures: number;
        refused: string | null;
        status: string | null;
      })
    | null;
}

declare global {
  interface Window {
    __salonStudio?: StudioProbe;
  }
}

export function installStudioProbe(probe: StudioProbe): () => void {
  window.__salonStudio = probe;
  return () => {
    if (window.__salonStudio === probe) delete window.__salonStudio;
  };
}
