import { InvitationSchema, SessionSchema } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { actor, auth } from '../../../test/actors.ts';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp();

function invite(exhibitorId: string, email: string, headers: Record<string, string>) {
  return app().inject({
    method: 'POST',
    url: `/api/exhibitors/${exhibitorId}/invitations`,
    payload: { email },
    headers,
  });
}

function accept(token: string, body: unknown) {
  return app().inject({
    method: 'POST',
    url: `/api/invitations/${token}/accept`,
    payload: body as object,
  });
}

describe('staff invitations', () => {
  it('turn an invited person into staff who can edit that stand and no other', async () => {
    const organiser = await actor(app(), 'organiser');
    const invitation = InvitationSchema.parse(
      (await invite('e030', 'Olga@School.example', auth(organiser))).json(),
    );
    expect(invitation.email).toBe('olga@school.example');
    const accepted = await accept(invitation.token, {
      password: 'a strong passphrase',
      displayName: 'Ольга',
    });
    expect(accepted.statusCode).toBe(201);
    const staff = SessionSchema.parse(accepted.json());
    expect(staff.user).toMatchObject({ role: 'exhibitor', exhibitorId: 'e030' });

    const own = await app().inject({
      method: 'PATCH',
      url: '/api/stands/e030',
      headers: auth(staff),
      payload: { colors: { primary: '#123456', accent: '#654321' } },
    });
    expect(own.statusCode).toBe(200);
    const other = await app().inject({
      method: 'PATCH',
      url: '/api/stands/e031',
      headers: auth(staff),
      payload: { colors: { primary: '#123456', accent: '#654321' } },
    });
    expect(other.statusCode).toBe(403);
  });

  it('work once', async () => {
    const organiser = await actor(app(), 'organiser');
    const { token } = InvitationSchema.parse(
      (await invite('e032', 'once@example.com', auth(organiser))).json(),
    );
    expect(
      (await accept(token, { password: 'a strong passphrase', displayName: 'А' })).statusCode,
    ).toBe(201);
    expect(
      (await accept(token, { password: 'a strong passphrase', displayName: 'Б' })).statusCode,
    ).toBe(404);
  });

  it.each(['visitor', 'exhibitor', 'moderator', 'producer', 'chatExpert'] as const)(
    'cannot be made by a %s',
    async (role) => {
      const someone = await actor(app(), role, role === 'exhibitor' ? 'e033' : null);
      expect((await invite('e033', 'x@example.com', auth(someone))).statusCode).toBe(403);
    },
  );

  it('refuses a made-up link and a malformed one', async () => {
    expect(
      (await accept('A'.repeat(32), { password: 'a strong passphrase', displayName: 'А' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await accept('bad!token', { password: 'a strong passphrase', displayName: 'А' })).statusCode,
    ).toBe(400);
  });
});
