/**
 * The hall's view of one forum event's program room (`forum-<id>-program`): a viewer token from
 * the api (`POST /api/events/:id/program-token`, subscribe-only, refused unless the event is
 * live), then a livekit-client Room with adaptive stream. The program is one video and one audio
 * track that the producer's studio publishes; `video()` and `audio()` return them once
 * subscribed. `onChange` fires on changes of tracks or connection, never per frame. A session
 * whose room is gone (the event ended, the connection failed for good) reads 'disconnected':
 * the hall then lets go of it (HallLiveSlot.over) and does not rejoin while the visitor stays.
 *
 * LiveKit keeps one connection per person and room, so watching the same event in the player
 * in another tab pushes one of the two out; the hall only joins while the visitor is near.
 */
import { ForumLiveTokenSchema } from '@salon/shared';
import {
  ConnectionState,
  RemoteAudioTrack,
  RemoteVideoTrack,
  Room,
  RoomEvent,
} from 'livekit-client';
import { ApiError, apiPath, sendJson } from '../api/apiClient.ts';
import { liveStateOf, type LiveState } from '../live/disconnectOutcome.ts';
import { LiveError, liveErrorFrom } from '../live/LiveError.ts';
import { withSession } from '../session/withSession.ts';

export interface ProgramSession {
  readonly eventId: string;
  readonly room: Room;
  readonly state: LiveState;
  video(): RemoteVideoTrack | null;
  audio(): RemoteAudioTrack | null;
  onChange(listener: () => void): () => void;
  leave(): Promise<void>;
}

const CHANGES = [
  RoomEvent.TrackSubscribed,
  RoomEvent.TrackUnsubscribed,
  RoomEvent.TrackMuted,
  RoomEvent.TrackUnmuted,
  RoomEvent.ParticipantDisconnected,
  RoomEvent.ConnectionStateChanged,
  RoomEvent.Disconnected,
] as const;

/** The api's refusals that only mean "not live (any more)": nothing went wrong. */
const NOT_LIVE_PROBLEMS: Readonly<Record<string, 'notLive' | 'ended'>> = {
  'event-not-live': 'notLive',
  'event-ended': 'ended',
};

function programErrorFrom(error: unknown): LiveError {
  if (error instanceof ApiError) {
    const kind = NOT_LIVE_PROBLEMS[error.problem];
    if (kind) return new LiveError(kind, error.message, { cause: error });
  }
  return liveErrorFrom(error);
}

class Program implements ProgramSession {
  readonly eventId: string;
  readonly room = new Room({ adaptiveStream: true, dynacast: false, disconnectOnPageLeave: true });
  private readonly listeners = new Set<() => void>();
  private left = false;

  constructor(eventId: string) {
    this.eventId = eventId;
    for (const event of CHANGES) this.room.on(event, this.changed);
  }

  get state(): LiveState {
    return this.left ? 'disconnected' : liveStateOf(this.room.state, false);
  }

  video(): RemoteVideoTrack | null {
    return this.track(RemoteVideoTrack);
  }

  audio(): RemoteAudioTrack | null {
    return this.track(RemoteAudioTrack);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  async open(): Promise<void> {
    const token = await withSession((session) =>
      sendJson(
        'POST',
        apiPath(`/events/${encodeURIComponent(this.eventId)}/program-token`),
        undefined,
        ForumLiveTokenSchema,
        { token: session },
      ),
    );
    if (this.left) return;
    await this.room.connect(token.url, token.token);
  }

  readonly leave = async (): Promise<void> => {
    if (this.left) return;
    this.left = true;
    for (const event of CHANGES) this.room.off(event, this.changed);
    this.listeners.clear();
    if (this.room.state !== ConnectionState.Disconnected) await this.room.disconnect();
  };

  /** The program's one track of a kind: the first subscribed one in the room. */
  private track<T extends RemoteVideoTrack | RemoteAudioTrack>(
    kind: abstract new (...args: never[]) => T,
  ): T | null {
    for (const participant of this.room.remoteParticipants.values()) {
      for (const publication of participant.trackPublications.values()) {
        const track = publication.track;
        if (track instanceof kind && !publication.isMuted) return track;
      }
    }
    return null;
  }

  private readonly changed = () => {
    for (const listener of [...this.listeners]) listener();
  };
}

/** Joins the program of `eventId`; rejects with a LiveError ('notLive', 'ended', 'unavailable'…). */
export async function joinProgram(eventId: string): Promise<ProgramSession> {
  const program = new Program(eventId);
  try {
    await program.open();
  } catch (error) {
    await program.leave();
    throw programErrorFrom(error);
  }
  return program;
}
