/**
 * The producer's program session for the studio page: attached while the studio room is
 * joined, fed with the scene (what the state puts on air) and the status (live → record,
 * ended → finish the recording), and exposed to browser tests through the studio probe.
 */
import type { ForumLiveToken } from '@salon/shared';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ProgramScene } from './ProgramCompositor.ts';
import { ProgramSession } from './ProgramSession.ts';
import type { StudioConnection } from './StudioConnection.ts';
import { installStudioProbe } from './studioProbe.ts';

export function useProgram(
  eventId: string,
  connection: StudioConnection | null,
  programToken: ForumLiveToken | null,
  scene: ProgramScene,
): ProgramSession {
  const [session] = useState(() => new ProgramSession(eventId));
  useSyncExternalStore(session.subscribe, session.getVersion);

  useEffect(() => {
    session.setScene(scene);
  }, [session, scene]);

  const status = scene.state.status;
  useEffect(() => {
    session.follow(status);
  }, [session, status]);

  useEffect(() => {
    if (!connection || !programToken) return;
    return session.attach(connection, programToken);
  }, [session, connection, programToken]);

  useEffect(() => installStudioProbe(session.probe()), [session]);
  return session;
}
