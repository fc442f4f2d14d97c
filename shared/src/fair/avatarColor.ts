/** A person's avatar colour, derived from their id so that it is stable everywhere. */

const PALETTE = [
  '#e63946',
  '#f4a261',
  '#2a9d8f',
  '#457b9d',
  '#8338ec',
  '#ff006e',
  '#3a86ff',
  '#fb8500',
  '#06d6a0',
  '#118ab2',
  '#ef476f',
  '#6a994e',
] as const;

export function avatarColor(id: string): string {
  let hash = 2166136261;
  for (let index = 0; index < id.length; index += 1) {
    hash = Math.imul(hash ^ id.charCodeAt(index), 16777619);
  }
  return PALETTE[(hash >>> 0) % PALETTE.length] ?? PALETTE[0];
}
