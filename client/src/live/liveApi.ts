/**
 * The api calls of a live webinar, each for the current visitor's session: a LiveKit token
 * (the api decides host or viewer), going live and ending (the host), raising a hand (a viewer
 * in the room), and bringing someone on stage or off (the host). Every change of a participant
 * is made by the server; the client never grants itself anything.
 */
import { LiveTokenSchema, WebinarSchema, type LiveToken, type Webinar } from '@salon/shared';
import { apiPath, sendJson } from '../api/apiClient.ts';
import { NoContentSchema } from '../api/noContent.ts';
import { withSession } from '../session/withSession.ts';

const webinarPath = (webinarId: string, rest: string) =>
  apiPath(`/webinars/${encodeURIComponent(webinarId)}${rest}`);

export function fetchLiveToken(webinarId: string): Promise<LiveToken> {
  return withSession((token) =>
    sendJson('POST', webinarPath(webinarId, '/token'), undefined, LiveTokenSchema, { token }),
  );
}

/** `live: false` ends the webinar: the api closes the room and everyone is disconnected. */
export function setLive(webinarId: string, live: boolean): Promise<Webinar> {
  return withSession((token) =>
    sendJson('PUT', webinarPath(webinarId, '/live'), { live }, WebinarSchema, { token }),
  );
}

export async function setHand(webinarId: string, raised: boolean): Promise<void> {
  await withSession((token) =>
    sendJson('PUT', webinarPath(webinarId, '/hand'), { raised }, NoContentSchema, { token }),
  );
}

export async function setStage(
  webinarId: string,
  identity: string,
  onStage: boolean,
): Promise<void> {
  await withSession((token) =>
    sendJson('PUT', webinarPath(webinarId, '/stage'), { identity, onStage }, NoContentSchema, {
      token,
    }),
  );
}
