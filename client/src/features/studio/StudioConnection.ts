/**
 * The studio (backstage) LiveKit room for one person: joined with the studio token, every
 * remote microphone played through an element this owns (so backstage people hear each other),
 * and a version that counts changes, for useSyncExternalStore. Adaptive stream is off: the
 * producer's compositor draws from videos that are not on the page, and LiveKit would pause
 * those. livekit-client resumes short drops itself; a lost connection is reported as
 * `disconnected` and the page offers to join again.
 */
import { Room, RoomEvent, Track, type RemoteTrack } from 'livekit-client';
import type { ForumLiveToken } from '@salon/shared';

const CHANGES = [
  RoomEvent.ParticipantConnected,
  RoomEvent.ParticipantDisconnected,
  RoomEvent.TrackPublished,
  RoomEvent.TrackUnpublished,
  RoomEvent.TrackSubscribed,
  RoomEvent.TrackUnsubscribed,
  RoomEvent.TrackMuted,
  RoomEvent.TrackUnmuted,
  RoomEvent.LocalTrackPublished,
  RoomEvent.LocalTrackUnpublished,
  RoomEvent.AudioPlaybackStatusChanged,
  RoomEvent.ConnectionStateChanged,
  RoomEvent.Disconnected,
] as const;

export class StudioConnection {
  readonly room = new Room({ adaptiveStream: false, dynacast: false });
  version = 0;
  private readonly listeners = new Set<() => void>();
  private readonly audio = new Set<HTMLMediaElement>();
  private closed = false;

  readonly token: ForumLiveToken;

  constructor(token: ForumLiveToken) {
    this.token = token;
    for (const event of CHANGES) this.room.on(event, this.update);
    this.room.on(RoomEvent.TrackSubscribed, this.play);
    this.room.on(RoomEvent.TrackUnsubscribed, this.silence);
  }

  async open(): Promise<void> {
    await this.room.connect(this.token.url, this.token.token);
    this.update();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getVersion = (): number => this.version;

  /** The participant with this identity (the user id), local or remote. */
  participant(identity: string) {
    if (this.room.localParticipant.identity === identity) return this.room.localParticipant;
    return this.room.remoteParticipants.get(identity) ?? null;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.room.disconnect();
    for (const element of this.audio) element.srcObject = null;
    this.audio.clear();
    this.listeners.clear();
  }

  private readonly update = () => {
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
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
