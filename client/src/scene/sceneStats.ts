/**
 * What the scene tells tests and the render benchmark about the last rendered frame, through
 * `window.__salonScene` (set after the first frame, removed on unmount), and what its hall
 * video element is doing. Read-only: tests look, never steer.
 */

export interface SceneFrameInfo {
  /** Draw calls and triangles of the last frame (renderer.info, reset once per frame). */
  calls: number;
  triangles: number;
  /** Frames rendered since the scene mounted. */
  frame: number;
  /** JS time of the last frame: the scene's useFrame work plus the render call, ms. */
  jsMs: number;
}

/** The hall's one stand-video element (StandVideoPlayer.ts), as it is right now. */
export interface StandVideoInfo {
  /** The exhibitor whose stand the video is for, or null when no stand is picked. */
  exhibitorId: string | null;
  /** The stand's presentation video, or its live webinar (the host's stream). */
  source: 'presentation' | 'live';
  /** Not paused, not ended, and with data to play. */
  playing: boolean;
  paused: boolean;
  /** The element's src attribute: null once a video is released. */
  src: string | null;
  /** Video tracks of the element's MediaStream (the live host's picture): 0 without one. */
  streamVideoTracks: number;
  currentTime: number;
  videoWidth: number;
  /** Frames the element has decoded since its source was set. */
  framesDecoded: number;
  muted: boolean;
  /** What the stand's screen shows over its idle look; `offCamera` is the live card. */
  showing: 'idle' | 'poster' | 'video' | 'offCamera';
}

/** The forum program playing on a screen of the hall (ForumProgramPlayer.ts), as it is now. */
export interface ForumScreenInfo {
  screenId: string;
  stageId: string;
  eventId: string;
  /** `program` once the program's video shows on the screen; `connecting` until then. */
  source: 'connecting' | 'program';
  /** Frames the hidden video element has decoded since the program was attached. */
  framesDecoded: number;
  videoWidth: number;
  /** The program's volume (0…1) at the visitor's distance, whether or not sound is on. */
  volume: number;
  /** Metres from the visitor to the screen. */
  distance: number;
  muted: boolean;
  hasAudio: boolean;
  /** Where the screen's centre is drawn, in client pixels, or null when out of view. */
  clientPoint: { x: number; y: number } | null;
}

export interface SalonSceneProbe {
  info(): SceneFrameInfo;
  readonly webgl: true;
  /** Null when the scene plays no stand videos (no loader given, as in the render benchmark). */
  standVideo(): StandVideoInfo | null;
  /** Null while no forum screen plays a program. */
  forumScreen(): ForumScreenInfo | null;
}

/**
 * Where scene parts plug their read-outs into the probe while they are mounted; one scene is
 * mounted at a time, so one slot per read-out is enough.
 */
export const probeSources: {
  standVideo: (() => StandVideoInfo) | null;
  forumScreen: (() => ForumScreenInfo | null) | null;
} = { standVideo: null, forumScreen: null };

declare global {
  interface Window {
    __salonScene?: SalonSceneProbe;
  }
}
