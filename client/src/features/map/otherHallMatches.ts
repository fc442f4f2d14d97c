/**
 * Where else the map's search found stands: matching exhibitors whose stand is in another hall,
 * counted per hall, so a search that finds nothing here can point to where the matches are.
 */
import type { ExhibitorSummary } from '@salon/shared';

export interface OtherHallCount {
  hallId: string;
  count: number;
}

export function otherHallMatches(
  matches: readonly ExhibitorSummary[],
  hallId: string,
): OtherHallCount[] {
  const counts = new Map<string, number>();
  for (const exhibitor of matches) {
    const other = exhibitor.stand?.hallId;
    if (other && other !== hallId) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ hallId: id, count }))
    .sort((a, b) => a.hallId.localeCompare(b.hallId));
}
