/**
 * The producer's program for as long as the studio page is open. Attached to the studio room
 * (and the program token), it runs the compositor and sends its stream into the program room;
 * following the studio's status, it records once the event is live and finishes the recording
 * when it ends. The recorder outlives a detach (a lost studio connection): the recording
 * continues from the same program tracks as long as the page is open.
 *
 * A small external store: `version` counts changes, for useSyncExternalStore.
 */
import type { ForumLiveToken, StudioStatus } from '@salon/shared';
import { ProgramCompositor, type ProgramScene } from './ProgramCompositor.ts';
import { ProgramPublisher } from './ProgramPublisher.ts';
import { ProgramRecorder } from './ProgramRecorder.ts';
import { SlideRenderer } from './slideRenderer.ts';
import type { StudioConnection } from './StudioConnection.ts';
import type { StudioProbe } from './studioProbe.ts';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class ProgramSession {
  compositor: ProgramCompositor | null = null;
  publisher: ProgramPublisher | null = null;
  recorder: ProgramRecorder | null = null;
  /** Why the program could not start or go out. */
  error: string | null = null;
  version = 0;
  private scene: ProgramScene | null = null;
  private status: StudioStatus = 'scheduled';
  private readonly listeners = new Set<() => void>();
  private readonly eventId: string;

  constructor(eventId: string) {
    this.eventId = eventId;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getVersion = (): number => this.version;

  /** Starts the program from this studio connection; the returned function stops it. */
  attach(connection: StudioConnection, token: ForumLiveToken): () => void {
    let compositor: ProgramCompositor;
    try {
      compositor = new ProgramCompositor(connection, new SlideRenderer());
    } catch (error) {
      this.error = message(error);
      this.changed();
      return () => {};
    }
    if (this.scene) compositor.setScene(this.scene);
    compositor.onSoundPausedChange(this.changed);
    compositor.start();
    const publisher = new ProgramPublisher(token);
    publisher.onChange = this.changed;
    publisher.start(compositor.stream()).catch((error: unknown) => {
      this.error = message(error);
      this.changed();
    });
    // Sound in a page only starts from a click: any click or key in the studio will do.
    const resume = () => compositor.resumeSound();
    window.addEventListener('pointerdown', resume);
    window.addEventListener('keydown', resume);
    this.compositor = compositor;
    this.publisher = publisher;
    this.follow(this.status);
    this.changed();
    return () => {
      window.removeEventListener('pointerdown', resume);
      window.removeEventListener('keydown', resume);
      void publisher.stop();
      if (this.compositor === compositor) this.compositor = null;
      if (this.publisher === publisher) this.publisher = null;
      // The recording keeps the tracks it has; the compositor stops drawing into them.
      if (this.recorder?.status.phase !== 'recording') compositor.stop();
      this.changed();
    };
  }

  /** The browser holds the program's sound back until a click on the page. */
  soundPaused(): boolean {
    return this.compositor?.soundPaused ?? false;
  }

  /** Lets the program's sound through; call from a click. */
  resumeSound = (): void => {
    this.compositor?.resumeSound();
  };

  setScene(scene: ProgramScene): void {
    this.scene = scene;
    this.compositor?.setScene(scene);
  }

  /** Records from going live; finishes the recording when the event ends. */
  follow(status: StudioStatus): void {
    this.status = status;
    if (status === 'live' && !this.recorder && this.compositor) {
      try {
        const recorder = new ProgramRecorder(this.eventId, this.compositor.stream());
        recorder.onChange = this.changed;
        recorder.start();
        this.recorder = recorder;
      } catch (error) {
        this.error = message(error);
      }
      this.changed();
    }
    if (status === 'ended') void this.recorder?.finish();
  }

  probe(): StudioProbe {
    return {
      programFrames: () => this.compositor?.frames ?? 0,
      onAir: () => {
        const state = this.scene?.state;
        if (!state) return null;
        return {
          status: state.status,
          speakerId: state.onAir?.speaker.id ?? null,
          mode: state.onAir?.mode ?? null,
          layout: state.layout,
          slideIndex: state.slideIndex,
          drawn: (this.compositor?.items ?? []).map((item) =>
            item.kind === 'slide' ? 'slide' : `${item.kind}:${item.who}`,
          ),
        };
      },
      programColour: (kind, who) => this.compositor?.averageColour(kind, who) ?? null,
      publishing: () => this.publisher?.state ?? null,
      recording: () => {
        const current = this.recorder?.status;
        if (!current) return null;
        return {
          phase: current.phase,
          error: current.error,
          chunks: current.upload.sent,
          sizeBytes: current.upload.sizeBytes,
          failures: current.upload.failures,
          refused: current.upload.stopped?.message ?? null,
          status: current.recording?.status ?? null,
        };
      },
    };
  }

  private readonly changed = () => {
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
  };
}
