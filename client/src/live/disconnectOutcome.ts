/**
 * What a lost LiveKit connection means for the session: over for good (the host ended the
 * webinar, the same person joined from another tab, someone removed them, they left), or a drop
 * to recover from by joining again with a fresh token. livekit-client has already tried to
 * resume by itself before it reports a disconnect, so a rejoin starts from scratch.
 */
import { ConnectionState, DisconnectReason } from 'livekit-client';

/** Why a session is over. */
export type LiveEnd = 'left' | 'ended' | 'elsewhere' | 'removed' | 'failed';

export type LiveState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

export function disconnectOutcome(reason: DisconnectReason | undefined): LiveEnd | 'rejoin' {
  switch (reason) {
    case DisconnectReason.CLIENT_INITIATED:
      return 'left';
    case DisconnectReason.ROOM_DELETED:
    case DisconnectReason.ROOM_CLOSED:
      return 'ended';
    case DisconnectReason.DUPLICATE_IDENTITY:
      return 'elsewhere';
    case DisconnectReason.PARTICIPANT_REMOVED:
      return 'removed';
    default:
      // Signal closed, server shut down or migrated, state mismatch, join failure, unknown.
      return 'rejoin';
  }
}

/** The session's state from the room's, while the session itself may be waiting to rejoin. */
export function liveStateOf(room: ConnectionState, rejoining: boolean): LiveState {
  if (rejoining) return room === ConnectionState.Connected ? 'connected' : 'reconnecting';
  switch (room) {
    case ConnectionState.Connected:
      return 'connected';
    case ConnectionState.Connecting:
      return 'connecting';
    case ConnectionState.Reconnecting:
    case ConnectionState.SignalReconnecting:
      return 'reconnecting';
    case ConnectionState.Disconnected:
      return 'disconnected';
  }
}
