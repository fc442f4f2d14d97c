/**
 * The visitor's briefcase in React Query, keyed by the user: signing in (the guest's items merge
 * into the account), signing out or a new guest session each read their own briefcase. Adding
 * and removing update the cached list at once, then refetch it.
 */
import { BriefcaseItemSchema, BriefcaseSchema, type BriefcaseAdd } from '@salon/shared';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiPath, getJson, postJson, sendJson } from '../../api/apiClient.ts';
import { NoContentSchema } from '../../api/noContent.ts';
import { useSessionStore } from '../../session/sessionStore.ts';
import { withSession } from '../../session/withSession.ts';

type Briefcase = z.infer<typeof BriefcaseSchema>;

export const briefcaseKey = (userId: string | null) => ['briefcase', userId] as const;

function currentKey() {
  return briefcaseKey(useSessionStore.getState().user?.id ?? null);
}

export function useBriefcase() {
  const userId = useSessionStore((state) => state.user?.id ?? null);
  return useQuery({
    queryKey: briefcaseKey(userId),
    queryFn: ({ signal }) =>
      withSession((token) => getJson(apiPath('/briefcase'), BriefcaseSchema, { signal, token })),
    // The session is started by the page frame; the briefcase is read once it is known.
    enabled: userId !== null,
    staleTime: 0,
  });
}

function refresh(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: ['briefcase'] });
}

export function useAddToBriefcase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (add: BriefcaseAdd) =>
      withSession((token) => postJson(apiPath('/briefcase'), add, BriefcaseItemSchema, { token })),
    onSuccess: (item) => {
      client.setQueryData<Briefcase>(currentKey(), (briefcase) =>
        briefcase
          ? { items: [item, ...briefcase.items.filter((entry) => entry.id !== item.id)] }
          : briefcase,
      );
      refresh(client);
    },
  });
}

export function useRemoveFromBriefcase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) =>
      withSession((token) =>
        sendJson(
          'DELETE',
          apiPath(`/briefcase/${encodeURIComponent(itemId)}`),
          undefined,
          NoContentSchema,
          { token },
        ),
      ),
    onSuccess: (_nothing, itemId) => {
      client.setQueryData<Briefcase>(currentKey(), (briefcase) =>
        briefcase ? { items: briefcase.items.filter((entry) => entry.id !== itemId) } : briefcase,
      );
      refresh(client);
    },
  });
}
