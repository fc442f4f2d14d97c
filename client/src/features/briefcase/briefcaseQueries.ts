/**
 * The visitor's briefcase in React Query, keyed by the user: signing in (the guest's items merge
 * into the account), signing out or a new guest session each read their own briefcase. The page
 * reads it a page at a time ("Show more" asks for the page after the last one's `nextCursor`, so
 * an item added or removed elsewhere meanwhile shifts nothing); a stand's buttons read that
 * stand's items only, however full the briefcase. Adding and removing update the cached lists at
 * once, then refetch them (every loaded page again, each after the one before it).
 */
import {
  BriefcaseItemSchema,
  BriefcasePageSchema,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  type BriefcaseAdd,
  type BriefcaseItem,
  type BriefcasePage,
} from '@salon/shared';
import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query';
import { apiPath, getJson, postJson, sendJson } from '../../api/apiClient.ts';
import { NoContentSchema } from '../../api/noContent.ts';
import { useSessionStore } from '../../session/sessionStore.ts';
import { withSession } from '../../session/withSession.ts';

/** The loaded pages; each page's param is the cursor it was read after (null for the first). */
export type BriefcasePages = InfiniteData<BriefcasePage, string | null>;

export const BRIEFCASE_PAGE_SIZE = PAGE_SIZE_DEFAULT;

/** The pages the briefcase page has loaded. */
export const briefcaseKey = (userId: string | null) => ['briefcase', userId] as const;
/** One stand's items, for its "Add to briefcase" buttons. */
export const briefcaseOfKey = (userId: string | null, exhibitorId: string) =>
  ['briefcase', userId, 'of', exhibitorId] as const;

function currentUserId(): string | null {
  return useSessionStore.getState().user?.id ?? null;
}

function readPage(query: Record<string, string | number | null>, signal: AbortSignal) {
  return withSession((token) =>
    getJson(apiPath('/briefcase', query), BriefcasePageSchema, { signal, token }),
  );
}

/** The items of the loaded pages, once each (pages read after cursors do not overlap anyway). */
export function loadedItems(pages: { pages: BriefcasePage[] } | undefined): BriefcaseItem[] {
  const byId = new Map<string, BriefcaseItem>();
  for (const item of (pages?.pages ?? []).flatMap((page) => page.items)) {
    if (!byId.has(item.id)) byId.set(item.id, item);
  }
  return [...byId.values()];
}

export function useBriefcase() {
  const userId = useSessionStore((state) => state.user?.id ?? null);
  return useInfiniteQuery({
    queryKey: briefcaseKey(userId),
    queryFn: ({ pageParam, signal }) =>
      readPage({ cursor: pageParam, pageSize: BRIEFCASE_PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last: BriefcasePage) => last.nextCursor ?? undefined,
    // The session is started by the page frame; the briefcase is read once it is known.
    enabled: userId !== null,
    staleTime: 0,
  });
}

/** What the visitor holds of one stand (its materials, contacts and removed entries). */
export function useBriefcaseOf(exhibitorId: string) {
  const userId = useSessionStore((state) => state.user?.id ?? null);
  return useQuery({
    queryKey: briefcaseOfKey(userId, exhibitorId),
    queryFn: ({ signal }) => readPage({ exhibitorId, pageSize: PAGE_SIZE_MAX }, signal),
    enabled: userId !== null,
    staleTime: 0,
  });
}

function refresh(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: ['briefcase'] });
}

function withoutItem(page: BriefcasePage, itemId: string): BriefcasePage {
  return { ...page, items: page.items.filter((entry) => entry.id !== itemId) };
}

export function useAddToBriefcase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (add: BriefcaseAdd) =>
      withSession((token) => postJson(apiPath('/briefcase'), add, BriefcaseItemSchema, { token })),
    onSuccess: (item) => {
      const userId = currentUserId();
      client.setQueryData<BriefcasePages>(briefcaseKey(userId), (pages) =>
        pages
          ? {
              ...pages,
              pages: pages.pages.map((page, index) => {
                const rest = withoutItem(page, item.id);
                return index === 0 ? { ...rest, items: [item, ...rest.items] } : rest;
              }),
            }
          : pages,
      );
      client.setQueryData<BriefcasePage>(briefcaseOfKey(userId, item.exhibitor.id), (page) =>
        page ? { ...page, items: [item, ...withoutItem(page, item.id).items] } : page,
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
      client.setQueryData<BriefcasePages>(briefcaseKey(currentUserId()), (pages) => {
        if (!pages) return pages;
        const held = pages.pages.some((page) => page.items.some((entry) => entry.id === itemId));
        return {
          ...pages,
          pages: pages.pages.map((page) => ({
            ...withoutItem(page, itemId),
            total: held ? Math.max(0, page.total - 1) : page.total,
          })),
        };
      });
      refresh(client);
    },
  });
}
