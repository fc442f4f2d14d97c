/**
 * The studio state to keep: the api numbers every change (`version`), and answers to the
 * producer's calls and the live stream can arrive in any order, so the highest version wins.
 */
import type { StudioState } from '@salon/shared';

export function newerState(current: StudioState | null, incoming: StudioState): StudioState {
  return current && current.version >= incoming.version ? current : incoming;
}
