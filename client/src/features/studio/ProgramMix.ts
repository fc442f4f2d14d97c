/**
 * The program's sound: a WebAudio mix of the voices on air, as one audio track.
 *
 * Invariant: the mix always has an input. A silent constant source (offset 0) stays connected
 * for the mix's whole life, because Chromium's MediaStreamAudioDestinationNode with nothing
 * connected produces no audio frames at all, and a MediaRecorder given that track beside the
 * program's video then produces nothing either (empty chunks, nothing to upload): a program
 * with no microphone on air (cameras only, or audio-only speakers not yet connected) would not
 * be recorded.
 */

/** The parts of an AudioContext the mix uses. */
export type MixContext = Pick<
  AudioContext,
  | 'state'
  | 'onstatechange'
  | 'resume'
  | 'close'
  | 'createMediaStreamDestination'
  | 'createConstantSource'
> & {
  createMediaStreamSource(stream: MediaStream): Pick<AudioNode, 'connect' | 'disconnect'>;
};

export class ProgramMix {
  private readonly audio: MixContext;
  private readonly destination: MediaStreamAudioDestinationNode;
  private readonly silence: ConstantSourceNode;
  private readonly voices = new Map<string, Pick<AudioNode, 'disconnect'>>();

  constructor(audio: MixContext = new AudioContext()) {
    this.audio = audio;
    this.destination = audio.createMediaStreamDestination();
    this.silence = audio.createConstantSource();
    this.silence.offset.value = 0;
    this.silence.connect(this.destination);
    this.silence.start();
  }

  /** The mix as audio tracks (one). */
  tracks(): MediaStreamTrack[] {
    return this.destination.stream.getAudioTracks();
  }

  /** Voices (microphone tracks by id) that are in the mix from now on; others leave it. */
  set(wanted: ReadonlyMap<string, MediaStreamTrack>): void {
    for (const [id, node] of this.voices) {
      if (wanted.has(id)) continue;
      node.disconnect();
      this.voices.delete(id);
    }
    for (const [id, track] of wanted) {
      if (this.voices.has(id)) continue;
      const node = this.audio.createMediaStreamSource(new MediaStream([track]));
      node.connect(this.destination);
      this.voices.set(id, node);
    }
  }

  /**
   * Whether the browser holds the sound back: a page opened or reloaded without a click on it
   * (a producer reloading while live) mixes silence until one.
   */
  get paused(): boolean {
    return this.audio.state === 'suspended';
  }

  /** Called when the sound is held back or let through. */
  onPausedChange(listener: () => void): void {
    this.audio.onstatechange = listener;
  }

  /** Sound only starts after a click on the page; call from one. */
  resume(): void {
    if (this.audio.state === 'suspended') void this.audio.resume();
  }

  close(): void {
    this.set(new Map());
    this.silence.stop();
    this.silence.disconnect();
    void this.audio.close();
  }
}
