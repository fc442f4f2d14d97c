/**
 * A nudge between a live connection and the lists that show a webinar's status: when a session
 * learns that a webinar ended (or is live after all), the stand's list is refetched at once
 * instead of at its next poll. Per tab only; the server stays the source of truth.
 */
type Listener = (webinarId: string) => void;

const listeners = new Set<Listener>();

export function announceWebinarChange(webinarId: string): void {
  for (const listener of listeners) listener(webinarId);
}

export function onWebinarChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
