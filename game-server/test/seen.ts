/** What one client's decoded state shows of an avatar, in metres and state names. */
import { AVATAR_STATES, dequantize, type AvatarState } from '@salon/shared';
import type { Visit } from './startHall.ts';

export interface SeenAvatar {
  readonly x: number;
  readonly y: number;
  readonly state: AvatarState | undefined;
  readonly standId: string;
  readonly name: string;
  readonly role: string;
  readonly color: string;
  readonly userId: string;
}

export function seen(by: Visit, sessionId: string): SeenAvatar | undefined {
  // Until the first state arrives, the decoded state has no avatars map at all.
  const avatars = by.state.avatars as Visit['state']['avatars'] | undefined;
  const avatar = avatars?.get(sessionId);
  if (!avatar) return undefined;
  return {
    x: dequantize(avatar.x),
    y: dequantize(avatar.y),
    state: AVATAR_STATES[avatar.state],
    standId: avatar.standId,
    name: avatar.name,
    role: avatar.role,
    color: avatar.color,
    userId: avatar.userId,
  };
}

/** Every position of `sessionId` that `by` decodes from now on, one per patch. */
export function track(by: Visit, sessionId: string): { x: number; y: number; at: number }[] {
  const samples: { x: number; y: number; at: number }[] = [];
  by.onStateChange(() => {
    const avatar = seen(by, sessionId);
    const last = samples.at(-1);
    if (avatar && (!last || last.x !== avatar.x || last.y !== avatar.y)) {
      samples.push({ x: avatar.x, y: avatar.y, at: performance.now() });
    }
  });
  return samples;
}
