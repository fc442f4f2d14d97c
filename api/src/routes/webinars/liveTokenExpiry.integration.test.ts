/**
 * Token expiry on a real livekit-server. The api's tokens live ten minutes: a token the api
 * issued, aged past its expiry (the same claims, signed with the same key, its times moved back),
 * is refused by the server itself, and asking the api again gives a fresh token that joins: the
 * way a client rejoins after a drop.
 */
import { ConnectError, dispose, Room } from '@livekit/rtc-node';
import { type LiveToken, type Session } from '@salon/shared';
import { decodeJwt, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { standActors, type StandActors } from '../../../test/actors.ts';
import { liveToken, liveWebinar } from '../../../test/webinars.ts';
import { useTestApp } from '../../../test/testApp.ts';
import { LIVE_TOKEN_TTL_SECONDS } from '../../live/liveRooms.ts';

const app = useTestApp();
const settings = inject('livekit');
let actors: StandActors;
let webinarId = '';
const rooms: Room[] = [];

const tokenFor = (session: Session): Promise<LiveToken> => liveToken(app(), webinarId, session);

/** The same token as the api signed it, as it would be `seconds` later. */
async function aged(token: string, seconds: number): Promise<string> {
  if (!settings) throw new Error('No LiveKit settings');
  const claims = decodeJwt(token);
  return new SignJWT({
    ...claims,
    nbf: (claims.nbf ?? 0) - seconds,
    exp: (claims.exp ?? 0) - seconds,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(settings.apiSecret));
}

async function connect(url: string, token: string): Promise<Room> {
  const room = new Room();
  rooms.push(room);
  await room.connect(url, token, { autoSubscribe: false, dynacast: false });
  return room;
}

/** What the server's own token check says (LiveKit's `/rtc/validate`). */
async function validate(url: string, token: string): Promise<{ status: number; body: string }> {
  const http = url.replace(/^ws/, 'http');
  const response = await fetch(`${http}/rtc/validate?access_token=${encodeURIComponent(token)}`);
  return { status: response.status, body: await response.text() };
}

describe.skipIf(!settings)('live tokens on a real LiveKit server', () => {
  beforeAll(async () => {
    actors = await standActors(app(), 'e001', 'e002');
    webinarId = await liveWebinar(app(), actors.own, 'e001', {
      ru: 'Срок токена',
      en: 'Token expiry',
    });
  });

  afterAll(async () => {
    for (const room of rooms) await room.disconnect().catch(() => undefined);
    await dispose();
  });

  it("refuses the api's own token once it has expired, and lets the same token in before", async () => {
    const token = await tokenFor(actors.guest);
    // Just signed again, unchanged: the check below refuses for the age, not the signing.
    const fresh = await aged(token.token, 0);
    expect((await validate(token.url, fresh)).status).toBe(200);

    // Past the ten minutes, and past the minute of clock skew the server forgives.
    const expired = await aged(token.token, LIVE_TOKEN_TTL_SECONDS + 2 * 60);
    const refusal = await validate(token.url, expired);
    expect(refusal.status).toBe(401);
    expect(refusal.body.toLowerCase()).toContain('expired');
    await expect(connect(token.url, expired)).rejects.toThrow(ConnectError);
  });

  it('gives a fresh token for a rejoin, which the server lets in', async () => {
    const first = await tokenFor(actors.guest);
    const expired = await aged(first.token, LIVE_TOKEN_TTL_SECONDS + 2 * 60);
    await expect(connect(first.url, expired)).rejects.toThrow(ConnectError);

    const again = await tokenFor(actors.guest);
    expect(again.identity).toBe(first.identity);
    expect(again.role).toBe('viewer');
    const expiresIn = Date.parse(again.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan((LIVE_TOKEN_TTL_SECONDS - 60) * 1000);
    expect(decodeJwt(again.token).exp).toBeGreaterThan(Date.now() / 1000);

    const room = await connect(again.url, again.token);
    expect(room.isConnected).toBe(true);
    expect(room.name).toBe(`webinar-${webinarId}`);
    expect(room.localParticipant?.identity).toBe(actors.guest.user.id);
  });
});
