/**
 * Text search without database collation surprises: the searchable text of a row is lower-cased
 * here in JS (which folds Cyrillic correctly everywhere) and matched with LIKE, the user's
 * wildcards escaped so `%` and `_` mean themselves.
 */

export function searchTextOf(...parts: ReadonlyArray<string | null | undefined>): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .join(' \u0001 ')
    .toLowerCase();
}

export function containsPattern(query: string): string {
  const escaped = query.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`);
  return `%${escaped}%`;
}
