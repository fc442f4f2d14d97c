import { BriefcaseItemSchema, BriefcaseSchema, MaterialSchema, SessionSchema } from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { actor, auth } from '../../../test/actors.ts';
import { guestSession, signIn } from '../../../test/sessionsForTests.ts';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp();
let materialId = '';

beforeAll(async () => {
  const staff = await actor(app(), 'exhibitor', 'e020');
  const material = await app().inject({
    method: 'POST',
    url: '/api/stands/e020/materials/links',
    headers: auth(staff),
    payload: {
      title: { ru: 'Каталог курсов', en: 'Course catalogue' },
      url: 'https://courses.example/catalogue',
    },
  });
  materialId = MaterialSchema.parse(material.json()).id;
});

async function add(body: unknown, headers: Record<string, string>) {
  return app().inject({ method: 'POST', url: '/api/briefcase', payload: body as object, headers });
}

async function briefcase(headers: Record<string, string>) {
  return BriefcaseSchema.parse((await app().inject({ url: '/api/briefcase', headers })).json())
    .items;
}

describe('the briefcase', () => {
  it('collects a material and an exhibitor’s contacts, once each', async () => {
    const visitor = await guestSession(app());
    const first = BriefcaseItemSchema.parse((await add({ materialId }, auth(visitor))).json());
    const again = BriefcaseItemSchema.parse((await add({ materialId }, auth(visitor))).json());
    expect(again.id).toBe(first.id);
    const contacts = BriefcaseItemSchema.parse(
      (await add({ contactsOf: 'e020' }, auth(visitor))).json(),
    );
    expect(contacts.contacts?.website).toMatch(/^https:/);
    const items = await briefcase(auth(visitor));
    expect(items.map((item) => item.material?.title.ru ?? 'contacts').sort()).toEqual([
      'contacts',
      'Каталог курсов',
    ]);
  });

  it('goes with the guest into their new account and onto a new device', async () => {
    const guest = await guestSession(app());
    await add({ materialId }, auth(guest));
    const registered = await app().inject({
      method: 'POST',
      url: '/api/accounts',
      headers: auth(guest),
      payload: {
        email: 'collector@example.com',
        password: 'a long password',
        displayName: 'Коллекционер',
      },
    });
    expect(registered.statusCode).toBe(201);
    const otherDevice = await signIn(app(), 'collector@example.com', 'a long password');
    expect((await briefcase(auth(otherDevice))).map((item) => item.material?.id)).toEqual([
      materialId,
    ]);
  });

  it('merges what a guest collected on this device when they sign in to an existing account', async () => {
    await app().inject({
      method: 'POST',
      url: '/api/accounts',
      payload: { email: 'merger@example.com', password: 'a long password', displayName: 'М' },
    });
    const guest = await guestSession(app());
    await add({ contactsOf: 'e021' }, auth(guest));
    const account = await signIn(app(), 'merger@example.com', 'a long password', guest);
    expect(SessionSchema.parse(account).user.email).toBe('merger@example.com');
    expect((await briefcase(auth(account))).map((item) => item.exhibitor.id)).toEqual(['e021']);
  });

  it('removes only the owner’s items', async () => {
    const owner = await guestSession(app());
    const stranger = await guestSession(app());
    const item = BriefcaseItemSchema.parse((await add({ materialId }, auth(owner))).json());
    const byStranger = await app().inject({
      method: 'DELETE',
      url: `/api/briefcase/${item.id}`,
      headers: auth(stranger),
    });
    expect(byStranger.statusCode).toBe(404);
    const byOwner = await app().inject({
      method: 'DELETE',
      url: `/api/briefcase/${item.id}`,
      headers: auth(owner),
    });
    expect(byOwner.statusCode).toBe(204);
    expect(await briefcase(auth(owner))).toEqual([]);
  });

  it('refuses unknown materials, malformed ids and no session', async () => {
    const visitor = await guestSession(app());
    expect(
      (await add({ materialId: '00000000-0000-4000-8000-000000000000' }, auth(visitor))).statusCode,
    ).toBe(404);
    expect((await add({ materialId: "1' or '1'='1" }, auth(visitor))).statusCode).toBe(400);
    expect((await add({ materialId }, {})).statusCode).toBe(401);
  });
});
