/**
 * The two LiveKit rooms of a forum event and what each role may do in them. The studio is
 * backstage: the moderator, the speakers and the producer publish camera and microphone there,
 * and only they ever get a token for it. The program room carries what is on air: only the
 * producer publishes (the program composed in their browser), everyone else subscribes. A viewer
 * cannot receive a backstage speaker because no token a viewer can get names the studio.
 */
import { TrackSource, type VideoGrant } from 'livekit-server-sdk';

export type StudioRole = 'producer' | 'moderator' | 'speaker';

export function studioRoom(eventId: string): string {
  return `forum-${eventId}-studio`;
}

export function programRoom(eventId: string): string {
  return `forum-${eventId}-program`;
}

/** Backstage, everyone in the studio appears on camera and microphone, never a screen. */
const STUDIO_SOURCES = [TrackSource.CAMERA, TrackSource.MICROPHONE];

export function studioGrant(role: StudioRole, room: string): VideoGrant {
  return {
    room,
    roomJoin: true,
    canPublish: true,
    canPublishSources: STUDIO_SOURCES,
    // Speakers must see and hear the moderator and producer backstage; LiveKit grants
    // subscription per room, not per publisher.
    canSubscribe: true,
    // Cues and changes go through the api, which logs them; nobody signals in the room.
    canPublishData: false,
    canUpdateOwnMetadata: false,
    ...(role === 'producer' ? { roomAdmin: true } : {}),
  };
}

/**
 * The producer publishes the program (one video and one audio track named "program") and
 * monitors it; viewers only subscribe, hidden from each other so that a large audience is not
 * a participant list.
 */
export function programGrant(publisher: boolean, room: string): VideoGrant {
  return publisher
    ? {
        room,
        roomJoin: true,
        canPublish: true,
        canSubscribe: true,
        canPublishData: false,
        canUpdateOwnMetadata: false,
      }
    : {
        room,
        roomJoin: true,
        canPublish: false,
        canSubscribe: true,
        canPublishData: false,
        canUpdateOwnMetadata: false,
        hidden: true,
      };
}
