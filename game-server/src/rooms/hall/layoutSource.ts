/** Loads a hall's published layout from the api; rooms never read the database themselves. */
import { PublishedLayoutSchema, type PublishedLayout } from '@salon/shared';

export async function fetchPublishedLayout(
  apiUrl: string,
  hallId: string,
): Promise<PublishedLayout> {
  const url = new URL(`/api/halls/${encodeURIComponent(hallId)}/layout`, apiUrl);
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) {
    throw new Error(`The api answered ${response.status} for the layout of hall ${hallId}`);
  }
  return PublishedLayoutSchema.parse(await response.json());
}
