/**
 * The one hall connection of this tab, shared by the pages that show the hall (3D hall, 2D
 * map): moving between them keeps the avatar where it is instead of leaving and re-joining.
 * Pages acquire it while mounted; the last release leaves the room only after LINGER_MS, which
 * covers a route change and a short look at another page. Another hall replaces it at once.
 */
import type { PublishedLayout } from '@salon/shared';
import { useEffect } from 'react';
import { create } from 'zustand';
import { useSessionStore } from '../session/sessionStore.ts';
import { exposeHallForTests } from './debugHandle.ts';
import { HallConnection } from './HallConnection.ts';

const LINGER_MS = 60_000;

interface ActiveHall {
  connection: HallConnection | null;
}

const useActiveHall = create<ActiveHall>()(() => ({ connection: null }));
let users = 0;
let lingerTimer: ReturnType<typeof setTimeout> | null = null;

function gameEndpoint(): string {
  return `${window.location.origin}/game`;
}

// Another person behind the session (signed in or out, registered, renamed, or an account's
// session ended): the hall joins again with the new token, so others see the right name.
useSessionStore.subscribe((state, previous) => {
  if (state.identity !== previous.identity) useActiveHall.getState().connection?.rejoin();
});

export function acquireHall(published: PublishedLayout): HallConnection {
  if (lingerTimer) clearTimeout(lingerTimer);
  lingerTimer = null;
  const current = useActiveHall.getState().connection;
  if (current && current.hallId === published.hallId) {
    users += 1;
    current.setLayout(published);
    return current;
  }
  current?.dispose();
  const connection = new HallConnection(published, gameEndpoint());
  users = 1;
  useActiveHall.setState({ connection });
  exposeHallForTests(connection);
  connection.start();
  return connection;
}

export function releaseHall(connection: HallConnection): void {
  if (useActiveHall.getState().connection !== connection) return;
  users = Math.max(0, users - 1);
  if (users > 0) return;
  lingerTimer = setTimeout(() => {
    lingerTimer = null;
    if (users > 0 || useActiveHall.getState().connection !== connection) return;
    connection.dispose();
    useActiveHall.setState({ connection: null });
    exposeHallForTests(null);
  }, LINGER_MS);
}

/** The connection to the hall of `published` while the calling component is mounted. */
export function useHallConnection(published: PublishedLayout | undefined): HallConnection | null {
  useEffect(() => {
    if (!published) return;
    const connection = acquireHall(published);
    return () => releaseHall(connection);
  }, [published]);
  return useActiveHall((state) =>
    state.connection && state.connection.hallId === published?.hallId ? state.connection : null,
  );
}
