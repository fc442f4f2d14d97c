/** A webinar of a stand for tests: created through the api by its staff, taken live, joined. */
import {
  LiveTokenSchema,
  WebinarSchema,
  type LiveToken,
  type LocalizedText,
  type Session,
} from '@salon/shared';
import type { FastifyInstance } from 'fastify';
import { auth } from './actors.ts';
import type { LiveParticipant } from './liveParticipant.ts';

/** Creates a 30-minute Russian webinar starting now on `exhibitorId`'s stand; returns its id. */
export async function createWebinar(
  app: FastifyInstance,
  host: Session,
  exhibitorId: string,
  title: LocalizedText,
): Promise<string> {
  const created = await app.inject({
    method: 'POST',
    url: `/api/stands/${exhibitorId}/webinars`,
    headers: auth(host),
    payload: {
      title,
      description: { ru: 'Описание', en: 'About' },
      startsAt: new Date().toISOString(),
      durationMinutes: 30,
      language: 'ru',
    },
  });
  return WebinarSchema.parse(created.json()).id;
}

/** The same, then live; fails loudly when going live is refused. */
export async function liveWebinar(
  app: FastifyInstance,
  host: Session,
  exhibitorId: string,
  title: LocalizedText,
): Promise<string> {
  const webinarId = await createWebinar(app, host, exhibitorId, title);
  const live = await app.inject({
    method: 'PUT',
    url: `/api/webinars/${webinarId}/live`,
    headers: auth(host),
    payload: { live: true },
  });
  if (live.statusCode !== 200) throw new Error(`Going live answered ${live.body}`);
  return webinarId;
}

/** The LiveKit token the api gives `session` for the webinar; fails loudly when refused. */
export async function liveToken(
  app: FastifyInstance,
  webinarId: string,
  session: Session,
): Promise<LiveToken> {
  const response = await app.inject({
    method: 'POST',
    url: `/api/webinars/${webinarId}/token`,
    headers: auth(session),
  });
  if (response.statusCode !== 200) throw new Error(`The token was refused: ${response.body}`);
  return LiveTokenSchema.parse(response.json());
}

/** `participant` joins the webinar's room with the token the api gives `session`. */
export async function joinWebinarAs(
  app: FastifyInstance,
  webinarId: string,
  participant: LiveParticipant,
  session: Session,
): Promise<void> {
  const token = await liveToken(app, webinarId, session);
  await participant.join(token.url, token.token);
}
