/**
 * How long to wait before reconnecting the chat stream: doubling from a second up to half a
 * minute, with jitter so that every visitor of a stand does not come back in the same instant
 * after the server restarts.
 */
const FIRST_MS = 1000;
const MAX_MS = 30_000;

export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_MS, FIRST_MS * 2 ** Math.max(0, attempt));
  return Math.round(ceiling * (0.5 + random() / 2));
}
