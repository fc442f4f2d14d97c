/**
 * Filters and the page number live in the URL, so a search can be shared, bookmarked and
 * undone with the back button. Changing a filter returns to the first page.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export function useSearchState<Key extends string>(keys: readonly Key[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ''])) as Record<
    Key,
    string
  >;
  const page = Math.max(1, Number(params.get('page')) || 1);

  const setFilter = useCallback(
    (key: Key, value: string) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        next.delete('page');
        return next;
      });
    },
    [setParams],
  );

  const setPage = useCallback(
    (nextPage: number) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (nextPage > 1) next.set('page', String(nextPage));
        else next.delete('page');
        return next;
      });
    },
    [setParams],
  );

  const clear = useCallback(() => setParams(new URLSearchParams()), [setParams]);

  return { values, page, setFilter, setPage, clear };
}
