import { ConnectionState, DisconnectReason } from 'livekit-client';
import { describe, expect, it } from 'vitest';
import { disconnectOutcome, liveStateOf } from './disconnectOutcome.ts';

describe('disconnectOutcome', () => {
  it('ends the session when the host ended the webinar', () => {
    expect(disconnectOutcome(DisconnectReason.ROOM_DELETED)).toBe('ended');
    expect(disconnectOutcome(DisconnectReason.ROOM_CLOSED)).toBe('ended');
  });

  it('does not fight another tab of the same person for the seat', () => {
    expect(disconnectOutcome(DisconnectReason.DUPLICATE_IDENTITY)).toBe('elsewhere');
  });

  it('stays out after being removed or leaving', () => {
    expect(disconnectOutcome(DisconnectReason.PARTICIPANT_REMOVED)).toBe('removed');
    expect(disconnectOutcome(DisconnectReason.CLIENT_INITIATED)).toBe('left');
  });

  it.each([
    DisconnectReason.SIGNAL_CLOSE,
    DisconnectReason.SERVER_SHUTDOWN,
    DisconnectReason.STATE_MISMATCH,
    DisconnectReason.JOIN_FAILURE,
    DisconnectReason.MIGRATION,
    DisconnectReason.UNKNOWN_REASON,
    undefined,
  ])('rejoins after a drop (%s)', (reason) => {
    expect(disconnectOutcome(reason)).toBe('rejoin');
  });
});

describe('liveStateOf', () => {
  it("follows the room's own state", () => {
    expect(liveStateOf(ConnectionState.Connecting, false)).toBe('connecting');
    expect(liveStateOf(ConnectionState.Connected, false)).toBe('connected');
    expect(liveStateOf(ConnectionState.Reconnecting, false)).toBe('reconnecting');
    expect(liveStateOf(ConnectionState.SignalReconnecting, false)).toBe('reconnecting');
    expect(liveStateOf(ConnectionState.Disconnected, false)).toBe('disconnected');
  });

  it('says "reconnecting" for every step of a rejoin until it is connected', () => {
    expect(liveStateOf(ConnectionState.Disconnected, true)).toBe('reconnecting');
    expect(liveStateOf(ConnectionState.Connecting, true)).toBe('reconnecting');
    expect(liveStateOf(ConnectionState.Connected, true)).toBe('connected');
  });
});
