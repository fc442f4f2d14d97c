/**
 * The viewer's connection to an event's program room: one video and one audio track, composed
 * and published by the producer's studio. Like the webinars' LiveConnection (same helpers for
 * errors, disconnect reasons and back-off): a first join that reports its failure, then staying
 * joined on its own (fresh token, growing delay, at once when the browser comes back online)
 * until the event ends. It plays the program's sound through elements it owns; when the browser
 * refuses sound without a click, `soundBlocked` is true until `startSound()` runs from a click.
 */
import {
  ConnectionState,
  RemoteVideoTrack,
  Room,
  RoomEvent,
  Track,
  type DisconnectReason,
  type RemoteTrack,
} from 'livekit-client';
import {
  disconnectOutcome,
  liveStateOf,
  type LiveEnd,
  type LiveState,
} from '../../live/disconnectOutcome.ts';
import { isPassing, type LiveError } from '../../live/LiveError.ts';
import { reconnectDelay } from '../stands/chat/reconnectDelay.ts';
import { fetchProgramToken } from './eventApi.ts';
import { programErrorFrom } from './programError.ts';

const CHANGES = [
  RoomEvent.ParticipantConnected,
  RoomEvent.ParticipantDisconnected,
  RoomEvent.TrackPublished,
  RoomEvent.TrackUnpublished,
  RoomEvent.TrackSubscribed,
  RoomEvent.TrackUnsubscribed,
  RoomEvent.TrackMuted,
  RoomEvent.TrackUnmuted,
  RoomEvent.AudioPlaybackStatusChanged,
  RoomEvent.ConnectionStateChanged,
  RoomEvent.Reconnecting,
  RoomEvent.Reconnected,
] as const;

export class ProgramConnection {
  readonly eventId: string;
  readonly room = new Room({ adaptiveStream: true, dynacast: false, disconnectOnPageLeave: true });
  state: LiveState = 'connecting';
  end: LiveEnd | null = null;
  problem: LiveError | null = null;
  version = 0;

  private readonly listeners = new Set<() => void>();
  private readonly audio = new Set<HTMLMediaElement>();
  private rejoining = false;
  private attempts = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private joining = false;
  private closed = false;

  constructor(eventId: string) {
    this.eventId = eventId;
    for (const event of CHANGES) this.room.on(event, this.update);
    this.room.on(RoomEvent.Disconnected, this.onDisconnected);
    this.room.on(RoomEvent.TrackSubscribed, this.play);
    this.room.on(RoomEvent.TrackUnsubscribed, this.silence);
    window.addEventListener('online', this.onOnline);
  }

  /** The first join; rejects with a LiveError. */
  async open(): Promise<void> {
    this.joining = true;
    try {
      await this.connect();
    } finally {
      this.joining = false;
      this.update();
    }
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** The program's picture: the one video track in the room, or null before it arrives. */
  video(): RemoteVideoTrack | null {
    for (const participant of this.room.remoteParticipants.values()) {
      for (const publication of participant.videoTrackPublications.values()) {
        const track = publication.track;
        if (track instanceof RemoteVideoTrack && !publication.isMuted) return track;
      }
    }
    return null;
  }

  get soundBlocked(): boolean {
    return !this.room.canPlaybackAudio;
  }

  /** From a click: lets the browser play the program's sound. */
  async startSound(): Promise<void> {
    await this.room.startAudio();
    for (const element of this.audio) void element.play().catch(() => undefined);
    this.update();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    window.removeEventListener('online', this.onOnline);
    this.end ??= 'left';
    this.rejoining = false;
    await this.room.disconnect();
    for (const element of this.audio) element.srcObject = null;
    this.audio.clear();
    this.listeners.clear();
  }

  private async connect(): Promise<void> {
    let token;
    try {
      token = await fetchProgramToken(this.eventId);
    } catch (error) {
      throw programErrorFrom(error);
    }
    if (this.closed) return;
    try {
      await this.room.connect(token.url, token.token, { autoSubscribe: true });
    } catch (error) {
      throw programErrorFrom(error);
    }
  }

  private readonly update = () => {
    this.state = this.end ? 'disconnected' : liveStateOf(this.room.state, this.rejoining);
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
  };

  private readonly onDisconnected = (reason?: DisconnectReason) => {
    if (this.joining) return;
    const outcome = this.closed ? 'left' : disconnectOutcome(reason);
    if (outcome === 'rejoin') this.scheduleRejoin();
    else this.finish(outcome, null);
  };

  private finish(end: LiveEnd, problem: LiveError | null): void {
    this.end = end;
    this.problem = problem;
    this.rejoining = false;
    clearTimeout(this.timer);
    this.update();
  }

  private scheduleRejoin(): void {
    this.rejoining = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.rejoin(), reconnectDelay(this.attempts));
    this.attempts += 1;
    this.update();
  }

  private isOver(): boolean {
    return this.closed || this.end !== null;
  }

  private async rejoin(): Promise<void> {
    if (this.isOver() || this.joining) return;
    this.joining = true;
    try {
      await this.connect();
      this.attempts = 0;
      this.rejoining = false;
      this.problem = null;
    } catch (error) {
      if (this.isOver()) return;
      const problem = programErrorFrom(error);
      if (problem.kind === 'ended' || problem.kind === 'notLive') this.finish('ended', problem);
      else if (!isPassing(problem.kind)) this.finish('failed', problem);
      else {
        this.problem = problem;
        this.scheduleRejoin();
      }
    } finally {
      this.joining = false;
      this.update();
    }
  }

  private readonly onOnline = () => {
    if (this.rejoining && this.room.state === ConnectionState.Disconnected) void this.rejoin();
  };

  private readonly play = (track: RemoteTrack) => {
    if (track.kind !== Track.Kind.Audio) return;
    this.audio.add(track.attach());
  };

  private readonly silence = (track: RemoteTrack) => {
    if (track.kind !== Track.Kind.Audio) return;
    for (const element of track.detach()) this.audio.delete(element);
  };
}
