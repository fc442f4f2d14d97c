import {
  BriefcaseItemSchema,
  BriefcasePageSchema,
  MaterialSchema,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  ProblemSchema,
  SessionSchema,
  type Session,
} from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { actor, auth } from '../../../test/actors.ts';
import { guestSession, signIn } from '../../../test/sessionsForTests.ts';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp();
let staff: Session;
let materialId = '';

async function addLink(title: string): Promise<string> {
  const material = await app().inject({
    method: 'POST',
    url: '/api/stands/e020/materials/links',
    headers: auth(staff),
    payload: { title: { ru: title, en: title }, url: 'https://courses.example/catalogue' },
  });
  return MaterialSchema.parse(material.json()).id;
}

beforeAll(async () => {
  staff = await actor(app(), 'exhibitor', 'e020');
  materialId = await addLink('Каталог курсов');
});

async function add(body: unknown, headers: Record<string, string>) {
  return app().inject({ method: 'POST', url: '/api/briefcase', payload: body as object, headers });
}

async function briefcasePage(headers: Record<string, string>, query = '') {
  const response = await app().inject({ url: `/api/briefcase${query}`, headers });
  expect(response.statusCode).toBe(200);
  return BriefcasePageSchema.parse(response.json());
}

async function briefcase(headers: Record<string, string>) {
  return (await briefcasePage(headers)).items;
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

describe('the briefcase, a page at a time', () => {
  let visitor: Session;
  const added: string[] = [];

  beforeAll(async () => {
    visitor = await guestSession(app());
    for (let index = 0; index < 5; index += 1) {
      const id = await addLink(`Буклет ${String(index)}`);
      added.push(
        BriefcaseItemSchema.parse((await add({ materialId: id }, auth(visitor))).json()).id,
      );
    }
    added.push(
      BriefcaseItemSchema.parse((await add({ contactsOf: 'e021' }, auth(visitor))).json()).id,
    );
  });

  it('answers the first page of the default size, newest first, with the total', async () => {
    const page = await briefcasePage(auth(visitor));
    expect(page).toMatchObject({ page: 1, pageSize: PAGE_SIZE_DEFAULT, total: 6 });
    expect(page.items.map((item) => item.id)).toEqual([...added].reverse());
  });

  it('gives every item exactly once across pages, in the same order each time', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 3; page += 1) {
      const result = await briefcasePage(auth(visitor), `?page=${String(page)}&pageSize=2`);
      expect(result).toMatchObject({ page, pageSize: 2, total: 6 });
      expect(result.items).toHaveLength(2);
      seen.push(...result.items.map((item) => item.id));
    }
    expect(seen).toEqual([...added].reverse());
    expect((await briefcasePage(auth(visitor), '?page=4&pageSize=2')).items).toEqual([]);
    const again = await briefcasePage(auth(visitor), '?page=2&pageSize=2');
    expect(again.items.map((item) => item.id)).toEqual(seen.slice(2, 4));
  });

  it('keeps to one stand’s items when asked, and shows no one else’s', async () => {
    const ofStand = await briefcasePage(auth(visitor), '?exhibitorId=e021');
    expect(ofStand.items.map((item) => item.id)).toEqual([added.at(-1)]);
    const stranger = await guestSession(app());
    expect(await briefcasePage(auth(stranger), `?pageSize=${String(PAGE_SIZE_MAX)}`)).toEqual({
      items: [],
      page: 1,
      pageSize: PAGE_SIZE_MAX,
      total: 0,
    });
  });

  it.each([
    ['?pageSize=0', 'query.pageSize'],
    [`?pageSize=${String(PAGE_SIZE_MAX + 1)}`, 'query.pageSize'],
    ['?pageSize=2.5', 'query.pageSize'],
    ['?page=0', 'query.page'],
    ['?page=-1', 'query.page'],
    ['?page=abc', 'query.page'],
    ["?exhibitorId=1'%20or%20'1'='1", 'query.exhibitorId'],
  ])('refuses %s with a 400 naming the field', async (query, path) => {
    const response = await app().inject({ url: `/api/briefcase${query}`, headers: auth(visitor) });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(ProblemSchema.parse(response.json()).errors?.map((error) => error.path)).toEqual([path]);
  });
});
