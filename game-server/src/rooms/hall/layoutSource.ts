/** Loads a hall's published layout from the api; rooms never read the database themselves. */
import { PublishedLayoutSchema, type PublishedLayout } from '@salon/shared';

/** The hall's published layout, or null when the hall has none (or does not exist). */
export async function fetchPublishedLayout(
  apiUrl: string,
  hallId: string,
): Promise<PublishedLayout | null> {
  const url = new URL(`/api/halls/${encodeURIComponent(hallId)}/layout`, apiUrl);
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (response.status === 404) return null;
  if (!response.ok) {
    throw new Error(`The api answered ${response.status} for the layout of hall ${hallId}`);
  }
  return PublishedLayoutSchema.parse(await response.json());
}
