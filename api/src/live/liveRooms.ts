/**
 * Salon's side of LiveKit: room names, tokens whose grants follow the role, and the host's
 * server-side controls (raise a hand, bring someone on stage or off it, end the webinar or a
 * forum event). Permissions change on the server through RoomServiceClient; a client never
 * grants itself. Closing a room and removing someone from it are done as soon as LiveKit answers
 * (backgroundRetries.ts).
 */
import { randomBytes } from 'node:crypto';
import type { ForumLiveToken, LiveToken } from '@salon/shared';
import {
  AccessToken,
  RoomServiceClient,
  ServerError,
  TrackSource,
  type VideoGrant,
} from 'livekit-server-sdk';
import {
  createBackgroundRetries,
  LIVEKIT_RETRY_SCHEDULE,
  type RetryLog,
  type RetryOutcome,
  type RetrySchedule,
} from './backgroundRetries.ts';

export interface LivekitSettings {
  /** ws(s):// URL the api uses for room administration. */
  url: string;
  /** ws(s):// URL browsers connect to (the same unless a proxy or cloud stands between). */
  publicUrl: string;
  apiKey: string;
  apiSecret: string;
}

export type LiveRole = 'host' | 'viewer';

/** Tokens are short-lived: a client asks again to reconnect, and the role is re-checked then. */
export const LIVE_TOKEN_TTL_SECONDS = 10 * 60;

export function webinarRoom(webinarId: string): string {
  return `webinar-${webinarId}`;
}

export function grantsFor(role: LiveRole, room: string): VideoGrant {
  const common = { room, roomJoin: true, canSubscribe: true, canPublishData: true };
  return role === 'host'
    ? { ...common, canPublish: true, roomAdmin: true, canUpdateOwnMetadata: true }
    : { ...common, canPublish: false, canUpdateOwnMetadata: false };
}

/** What a visitor brought on stage may publish: their camera and microphone, not a screen. */
const ON_STAGE_SOURCES = [TrackSource.CAMERA, TrackSource.MICROPHONE];

export interface LiveRooms {
  issueToken(
    user: { id: string; displayName: string },
    webinarId: string,
    role: LiveRole,
  ): Promise<LiveToken>;
  setHand(webinarId: string, identity: string, raised: boolean): Promise<void>;
  setOnStage(webinarId: string, identity: string, onStage: boolean): Promise<void>;
  /**
   * Disconnects a participant from the webinar's room, now or once LiveKit answers again; never
   * throws. Their not being there, or no room, counts as done.
   */
  removeFromWebinar(webinarId: string, identity: string): Promise<RetryOutcome>;
  /** Ends the webinar's room, now or once LiveKit answers again; never throws. */
  close(webinarId: string): Promise<RetryOutcome>;
  /** A token for a forum room with the grant forumGrants.ts decides. */
  issueForumToken(
    user: { id: string; displayName: string },
    spec: Pick<ForumLiveToken, 'room' | 'kind' | 'role'>,
    grant: VideoGrant,
  ): Promise<ForumLiveToken>;
  /** Closes a room, disconnecting everyone, now or once LiveKit answers again; never throws. */
  closeRoom(room: string): Promise<RetryOutcome>;
  /** Stops retrying closes and removals (the api is shutting down). */
  stop(): void;
}

async function sign(
  settings: LivekitSettings,
  user: { id: string; displayName: string },
  role: string,
  grant: VideoGrant,
  identity = user.id,
): Promise<{ token: string; expiresAt: string }> {
  const token = new AccessToken(settings.apiKey, settings.apiSecret, {
    identity,
    name: user.displayName,
    ttl: LIVE_TOKEN_TTL_SECONDS,
    attributes: { role },
  });
  token.addGrant(grant);
  return {
    token: await token.toJwt(),
    expiresAt: new Date(Date.now() + LIVE_TOKEN_TTL_SECONDS * 1000).toISOString(),
  };
}

const SILENT: RetryLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** LiveKit's answer for a room, or a participant, that is not there. */
function isNotFound(error: unknown): boolean {
  return error instanceof ServerError && error.code === 'not_found';
}

/** Runs `call`; a room or participant already gone counts as done. */
async function unlessGone(call: () => Promise<void>): Promise<void> {
  await call().catch((error: unknown) => {
    if (!isNotFound(error)) throw error;
  });
}

/** `retrySchedule`: how long to keep trying what LiveKit cannot do now (tests shorten it). */
export function createLiveRooms(
  settings: LivekitSettings,
  log: RetryLog = SILENT,
  retrySchedule: RetrySchedule = LIVEKIT_RETRY_SCHEDULE,
): LiveRooms {
  const admin = new RoomServiceClient(
    settings.url.replace(/^ws/, 'http'),
    settings.apiKey,
    settings.apiSecret,
  );
  const retries = createBackgroundRetries(retrySchedule, log);
  // A room nobody joined does not exist: ending it is already done.
  const closeRoom = (room: string) =>
    retries.run(`close ${room}`, () => unlessGone(() => admin.deleteRoom(room)));

  return {
    async issueToken(user, webinarId, role) {
      const room = webinarRoom(webinarId);
      const signed = await sign(settings, user, role, grantsFor(role, room));
      return { url: settings.publicUrl, room, identity: user.id, role, ...signed };
    },
    async issueForumToken(user, spec, grant) {
      // LiveKit lets one identity in once per room: a viewer watching the same program in the
      // player and on a hall screen (or in two tabs) gets an identity per token, so neither
      // pushes the other out. Nobody addresses a hidden viewer by identity.
      const identity = grant.canPublish ? user.id : `${user.id}.${randomBytes(4).toString('hex')}`;
      const signed = await sign(settings, user, spec.role, grant, identity);
      return {
        url: settings.publicUrl,
        identity,
        ...spec,
        canPublish: grant.canPublish === true,
        ...signed,
      };
    },
    closeRoom,
    stop: () => retries.stop(),
    async setHand(webinarId, identity, raised) {
      await admin.updateParticipant(webinarRoom(webinarId), identity, {
        attributes: { hand: raised ? 'raised' : '' },
      });
    },
    async setOnStage(webinarId, identity, onStage) {
      await admin.updateParticipant(webinarRoom(webinarId), identity, {
        attributes: { hand: '', stage: onStage ? 'on' : '' },
        permission: {
          canSubscribe: true,
          canPublishData: true,
          canPublish: onStage,
          canPublishSources: onStage ? ON_STAGE_SOURCES : [],
        },
      });
    },
    removeFromWebinar(webinarId, identity) {
      const room = webinarRoom(webinarId);
      // A session the person opened again during an outage goes too, even a visitor's: the
      // attributes that would tell it from a host's session, a host can set for itself.
      return retries.run(`remove ${identity} from ${room}`, () =>
        unlessGone(() => admin.removeParticipant(room, identity)),
      );
    },
    close: (webinarId) => closeRoom(webinarRoom(webinarId)),
  };
}
