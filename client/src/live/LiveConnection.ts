/**
 * One LiveKit room connection for one webinar, shared by everyone in the tab who watches it
 * (joinWebinar hands out holds on it). It owns three things the UI should not repeat:
 *
 * - Joining: a token from the api (withSession), then the room (adaptive stream, dynacast).
 * - Staying joined: livekit-client resumes short drops by itself; when it gives up and reports
 *   a disconnect that is not an ending (see disconnectOutcome), this asks for a fresh token and
 *   joins again, backing off up to half a minute, at once when the browser comes back online.
 * - Sound: every remote microphone and screen-share audio track plays through an element this
 *   owns, so two views of one webinar (the stand panel and the hall's screen) never play it
 *   twice. Blocked autoplay shows as `room.canPlaybackAudio === false`; `room.startAudio()`
 *   from a click unblocks it.
 *
 * Listeners hear every change of connection, participants, tracks, attributes and permissions;
 * `version` counts the changes, for useSyncExternalStore.
 */
import {
  ConnectionState,
  Room,
  RoomEvent,
  Track,
  type DisconnectReason,
  type LocalParticipant,
  type RemoteParticipant,
  type RemoteTrack,
} from 'livekit-client';
import { reconnectDelay } from '../features/stands/chat/reconnectDelay.ts';
import {
  disconnectOutcome,
  liveStateOf,
  type LiveEnd,
  type LiveState,
} from './disconnectOutcome.ts';
import { fetchLiveToken } from './liveApi.ts';
import { isPassing, liveErrorFrom, type LiveError } from './LiveError.ts';
import { announceWebinarChange } from './webinarChanges.ts';

export type LiveRole = 'host' | 'viewer';

/** Room events after which what a view shows may differ. */
const CHANGES = [
  RoomEvent.ParticipantConnected,
  RoomEvent.ParticipantDisconnected,
  RoomEvent.ParticipantAttributesChanged,
  RoomEvent.ParticipantNameChanged,
  RoomEvent.ParticipantPermissionsChanged,
  RoomEvent.TrackPublished,
  RoomEvent.TrackUnpublished,
  RoomEvent.TrackSubscribed,
  RoomEvent.TrackUnsubscribed,
  RoomEvent.TrackMuted,
  RoomEvent.TrackUnmuted,
  RoomEvent.TrackStreamStateChanged,
  RoomEvent.LocalTrackPublished,
  RoomEvent.LocalTrackUnpublished,
  RoomEvent.AudioPlaybackStatusChanged,
  RoomEvent.ConnectionStateChanged,
  RoomEvent.Reconnecting,
  RoomEvent.Reconnected,
  RoomEvent.SignalReconnecting,
  RoomEvent.MediaDevicesChanged,
] as const;

export class LiveConnection {
  readonly webinarId: string;
  readonly room: Room;
  role: LiveRole = 'viewer';
  identity = '';
  state: LiveState = 'connecting';
  end: LiveEnd | null = null;
  /** The last failure: why a rejoin is still waiting, or why the session ended. */
  problem: LiveError | null = null;
  version = 0;

  private readonly listeners = new Set<() => void>();
  private readonly audio = new Set<HTMLMediaElement>();
  private soundOn = true;
  private rejoining = false;
  private attempts = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** A join is in flight: its own promise reports how it went, not the room's events. */
  private joining = false;
  private closed = false;

  constructor(webinarId: string) {
    this.webinarId = webinarId;
    this.room = new Room({ adaptiveStream: true, dynacast: true, disconnectOnPageLeave: true });
    for (const event of CHANGES) this.room.on(event, this.update);
    this.room.on(RoomEvent.Disconnected, this.onDisconnected);
    this.room.on(RoomEvent.TrackSubscribed, this.play);
    this.room.on(RoomEvent.TrackUnsubscribed, this.silence);
    window.addEventListener('online', this.onOnline);
  }

  /** The first join. Rejects with a LiveError and is not retried: the UI offers "Try again". */
  async open(): Promise<void> {
    this.joining = true;
    try {
      await this.connect();
    } finally {
      this.joining = false;
      this.update();
    }
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  participants(): Array<LocalParticipant | RemoteParticipant> {
    return [this.room.localParticipant, ...this.room.remoteParticipants.values()];
  }

  setSound(on: boolean): void {
    this.soundOn = on;
    for (const element of this.audio) element.muted = !on;
  }

  /** Leaves for good: no rejoin, sound stops, the room disconnects. */
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
    this.update();
    this.listeners.clear();
  }

  private async connect(): Promise<void> {
    let token;
    try {
      token = await fetchLiveToken(this.webinarId);
    } catch (error) {
      throw liveErrorFrom(error);
    }
    if (this.closed) return;
    this.role = token.role;
    this.identity = token.identity;
    try {
      await this.room.connect(token.url, token.token);
    } catch (error) {
      throw liveErrorFrom(error);
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
    window.removeEventListener('online', this.onOnline);
    if (end === 'ended') announceWebinarChange(this.webinarId);
    this.update();
  }

  private scheduleRejoin(): void {
    this.rejoining = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.rejoin(), reconnectDelay(this.attempts));
    this.attempts += 1;
    this.update();
  }

  /** Read through a method: it changes while a rejoin awaits. */
  private isOver(): boolean {
    return this.closed || this.end !== null;
  }

  private async rejoin(): Promise<void> {
    if (this.isOver() || this.joining) return;
    clearTimeout(this.timer);
    this.joining = true;
    try {
      await this.connect();
      this.attempts = 0;
      this.rejoining = false;
      this.problem = null;
    } catch (error) {
      if (this.isOver()) return;
      const problem = liveErrorFrom(error);
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
    const element = track.attach();
    element.muted = !this.soundOn;
    this.audio.add(element);
  };

  private readonly silence = (track: RemoteTrack) => {
    if (track.kind !== Track.Kind.Audio) return;
    for (const element of track.detach()) this.audio.delete(element);
  };
}
