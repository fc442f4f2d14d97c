/**
 * The live-webinar connection: the contract between the webinar views (stand page, hall panel,
 * host console) and the hall's 3D stand screen. Keep this API stable.
 *
 *   const session = await joinWebinar(webinarId);        // throws LiveError (see LiveError.ts)
 *   const off = session.onChange(() => draw(session.hostVideo()));
 *   …
 *   off();
 *   await session.leave();
 *
 * - `joinWebinar(webinarId, { sound })` asks the api for a token for the current visitor
 *   (withSession; the api makes the stand's own staff `host`, everyone else `viewer`) and
 *   connects a livekit-client Room (adaptiveStream, dynacast). It rejects with a `LiveError`
 *   whose `kind` says why: `unavailable` (LiveKit down or unreachable: the UI says "Live video
 *   can't be reached right now; everything else keeps working"), `notLive`, `ended`, `network`…
 * - Joins of one webinar in one tab share one connection (LiveKit allows one connection per
 *   person: a second would push the first out). Each `joinWebinar` returns its own handle;
 *   the connection closes when the last handle leaves.
 * - `session.room` is the livekit-client Room (the same object for the whole session, across
 *   rejoins). `role` and `identity` come from the token.
 * - `session.hostVideo()` is what the stand's screen shows: the host's shared screen while one is
 *   on, else the host's camera (RemoteTrack for viewers, LocalTrack in the host's own tab), or
 *   null (no host yet, camera off). Attach it with `track.attach(videoElement)`. With adaptive
 *   stream, a RemoteVideoTrack is only sent while something shows it: a <video> in view, or,
 *   for a WebGL texture, a `videoTextureView` (videoTextureView.ts) reporting its size on screen.
 * - `session.onChange(listener)` fires after any change of tracks, participants, attributes
 *   (hand, stage), permissions or connection; it returns the unsubscribe. Nothing fires per
 *   frame. `session.version` counts the changes (for useSyncExternalStore; see useLiveVersion).
 * - `session.state`: 'connecting' | 'connected' | 'reconnecting' | 'disconnected'. A dropped
 *   connection rejoins on its own (fresh token, backing off), showing 'reconnecting'.
 *   `session.end` says why a disconnected session is over: 'ended' (the host ended the
 *   webinar), 'elsewhere' (the same person joined in another tab), 'removed', 'failed' (see
 *   `session.problem`), 'left'.
 * - Sound: the session plays the room's audio itself. `{ sound: false }` (or
 *   `session.setSound(false)`) mutes it for that handle; it plays while any handle wants it.
 * - `session.leave()` lets go of this handle (idempotent).
 */
import type { LocalTrack, RemoteTrack, Room } from 'livekit-client';
import type { LocalParticipant, RemoteParticipant } from 'livekit-client';
import { useSessionStore } from '../session/sessionStore.ts';
import type { LiveEnd, LiveState } from './disconnectOutcome.ts';
import { LiveConnection, type LiveRole } from './LiveConnection.ts';
import { liveErrorFrom, type LiveError } from './LiveError.ts';
import { pickHostVideo } from './liveParticipants.ts';

export type { LiveEnd, LiveRole, LiveState };

/** A video or audio track in a webinar: received from others, or this tab's own. */
export type LiveTrack = RemoteTrack | LocalTrack;
export type LiveParticipant = LocalParticipant | RemoteParticipant;

export interface LiveSession {
  readonly webinarId: string;
  readonly room: Room;
  readonly role: LiveRole;
  readonly identity: string;
  readonly state: LiveState;
  readonly end: LiveEnd | null;
  readonly problem: LiveError | null;
  readonly version: number;
  hostVideo(): LiveTrack | null;
  /** Everyone in the room, this tab's own participant first. */
  participants(): LiveParticipant[];
  /** A property, not a method: it may be passed around on its own (useSyncExternalStore). */
  readonly onChange: (listener: () => void) => () => void;
  setSound(on: boolean): void;
  readonly leave: () => Promise<void>;
}

export interface JoinOptions {
  /** Play the webinar's sound for this view (default true). */
  sound?: boolean;
}

interface Shared {
  connection: LiveConnection;
  opened: Promise<void>;
  handles: Set<Handle>;
}

/** Open connections of this tab, by webinar and person. */
const shared = new Map<string, Shared>();

class Handle implements LiveSession {
  sound: boolean;
  private readonly offs = new Set<() => void>();
  private left = false;
  private readonly entry: Shared;
  private readonly release: (handle: Handle) => Promise<void>;

  constructor(entry: Shared, sound: boolean, release: (handle: Handle) => Promise<void>) {
    this.entry = entry;
    this.sound = sound;
    this.release = release;
  }

  get webinarId() {
    return this.entry.connection.webinarId;
  }
  get room() {
    return this.entry.connection.room;
  }
  get role() {
    return this.entry.connection.role;
  }
  get identity() {
    return this.entry.connection.identity;
  }
  get state(): LiveState {
    return this.left ? 'disconnected' : this.entry.connection.state;
  }
  get end(): LiveEnd | null {
    return this.left ? 'left' : this.entry.connection.end;
  }
  get problem() {
    return this.entry.connection.problem;
  }
  get version() {
    return this.entry.connection.version;
  }

  hostVideo(): LiveTrack | null {
    return pickHostVideo<LiveTrack>(this.entry.connection.participants());
  }

  participants() {
    return this.entry.connection.participants();
  }

  // Arrow functions: stable, so they can be handed to useSyncExternalStore as they are.
  readonly onChange = (listener: () => void): (() => void) => {
    if (this.left) return () => undefined;
    const off = this.entry.connection.subscribe(listener);
    this.offs.add(off);
    return () => {
      off();
      this.offs.delete(off);
    };
  };

  setSound(on: boolean): void {
    this.sound = on;
    this.entry.connection.setSound([...this.entry.handles].some((handle) => handle.sound));
  }

  readonly leave = async (): Promise<void> => {
    if (this.left) return;
    this.left = true;
    for (const off of this.offs) off();
    this.offs.clear();
    await this.release(this);
  };
}

function keyOf(webinarId: string): string {
  return `${webinarId}|${useSessionStore.getState().user?.id ?? ''}`;
}

export async function joinWebinar(
  webinarId: string,
  options: JoinOptions = {},
): Promise<LiveSession> {
  const key = keyOf(webinarId);
  let entry = shared.get(key);
  if (!entry || entry.connection.end !== null) {
    const connection = new LiveConnection(webinarId);
    const created: Shared = { connection, opened: connection.open(), handles: new Set() };
    created.opened.catch(() => {
      if (shared.get(key) === created) shared.delete(key);
      void connection.close();
    });
    shared.set(key, created);
    entry = created;
  }
  const current = entry;
  const handle = new Handle(current, options.sound ?? true, async (leaving) => {
    current.handles.delete(leaving);
    current.connection.setSound([...current.handles].some((other) => other.sound));
    if (current.handles.size > 0) return;
    if (shared.get(key) === current) shared.delete(key);
    await current.connection.close();
  });
  // Held from the start, so that a second join while this one connects shares the connection.
  current.handles.add(handle);
  current.connection.setSound([...current.handles].some((other) => other.sound));
  try {
    await current.opened;
  } catch (error) {
    current.handles.delete(handle);
    throw liveErrorFrom(error);
  }
  return handle;
}
