/**
 * The producer's changes to the studio: each goes to the api, whose answer (the new state) is
 * taken at once, without waiting for the stream. `pending` names the change in flight, so the
 * button that asked for it can say so; `error` is the api's sentence for the last refusal.
 */
import { useMutation } from '@tanstack/react-query';
import type { StudioState } from '@salon/shared';
import { changeStudio, type StudioChange } from './studioApi.ts';

export interface StudioChanger {
  change: (change: StudioChange) => void;
  pending: StudioChange['type'] | null;
  error: string | null;
}

export function useStudioChange(
  eventId: string,
  accept: (state: StudioState) => void,
): StudioChanger {
  const mutation = useMutation({
    mutationFn: (change: StudioChange) => changeStudio(eventId, change),
    onSuccess: accept,
  });
  return {
    change: (change) => mutation.mutate(change),
    pending: mutation.isPending ? mutation.variables.type : null,
    error: mutation.error ? mutation.error.message : null,
  };
}
