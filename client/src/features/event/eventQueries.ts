/**
 * React Query hooks of the player. The broadcast status is polled (slowly, faster around the
 * start) and also replaced as soon as the chat stream says it changed; the recording is polled
 * while it is being made or prepared, until it is ready.
 */
import type { EventRole, Recording } from '@salon/shared';
import { useQuery } from '@tanstack/react-query';
import { useSessionStore } from '../../session/sessionStore.ts';
import { fetchBroadcast, fetchEvent, fetchMyForumEvents, fetchRecording } from './eventApi.ts';
import { broadcastPoll, playerPhase } from './playerPhase.ts';

export const eventKeys = {
  event: (eventId: string) => ['forum-event', eventId] as const,
  broadcast: (eventId: string) => ['forum-event', eventId, 'broadcast'] as const,
  recording: (eventId: string) => ['forum-event', eventId, 'recording'] as const,
  myEvents: (userId: string) => ['forum-my-events', userId] as const,
};

const RECORDING_POLL_MS = 5000;

export function useEventDetail(eventId: string) {
  return useQuery({
    queryKey: eventKeys.event(eventId),
    queryFn: ({ signal }) => fetchEvent(eventId, signal),
  });
}

export function useBroadcast(event: { id: string; startsAt: string; endsAt: string }) {
  return useQuery({
    queryKey: eventKeys.broadcast(event.id),
    queryFn: ({ signal }) => fetchBroadcast(event.id, signal),
    refetchInterval: (query) => {
      const now = Date.now();
      const phase = playerPhase(query.state.data?.status ?? 'scheduled', event, now);
      return broadcastPoll(phase, Date.parse(event.startsAt) - now);
    },
    staleTime: 5000,
  });
}

/** Still on its way: worth asking again soon. */
export function recordingPending(recording: Recording | undefined): boolean {
  return recording?.status === 'recording' || recording?.status === 'processing';
}

export function useRecording(eventId: string, enabled: boolean) {
  return useQuery({
    queryKey: eventKeys.recording(eventId),
    queryFn: ({ signal }) => fetchRecording(eventId, signal),
    enabled,
    staleTime: 2000,
    refetchInterval: (query) => (recordingPending(query.state.data) ? RECORDING_POLL_MS : false),
  });
}

/** The signed-in person's roles at this event (none for guests and outsiders). */
export function useMyEventRoles(eventId: string): EventRole[] {
  const kind = useSessionStore((state) => state.kind);
  const userId = useSessionStore((state) => state.user?.id ?? '');
  const mine = useQuery({
    queryKey: eventKeys.myEvents(userId),
    queryFn: ({ signal }) => fetchMyForumEvents(signal),
    enabled: kind === 'account',
    staleTime: 60_000,
  });
  if (kind !== 'account') return [];
  return mine.data?.items.find((item) => item.event.id === eventId)?.roles ?? [];
}
