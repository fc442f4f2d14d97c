import {
  BriefcaseItemSchema,
  BriefcasePageSchema,
  MaterialSchema,
  PAGE_SIZE_MAX,
  ProblemSchema,
  SessionSchema,
  briefcaseCursor,
  type BriefcasePage,
  type Session,
} from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { actor, auth } from '../../../test/actors.ts';
import { guestSession, signIn } from '../../../test/sessionsForTests.ts';
import { HOSTILE_STRINGS, useTestApp } from '../../../test/testApp.ts';

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

/** Every page of the visitor's briefcase from the newest, following `nextCursor` to its end. */
async function allPages(headers: Record<string, string>, pageSize: number) {
  const pages = [await briefcasePage(headers, `?pageSize=${String(pageSize)}`)];
  for (let next = pages[0]?.nextCursor; next; next = pages.at(-1)?.nextCursor) {
    pages.push(await briefcasePage(headers, `?pageSize=${String(pageSize)}&cursor=${next}`));
  }
  return pages;
}

function ids(page: BriefcasePage): string[] {
  return page.items.map((item) => item.id);
}

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

  it('answers newest first, with the total and no cursor when one page holds it all', async () => {
    const page = await briefcasePage(auth(visitor));
    expect(page).toMatchObject({ total: 6, nextCursor: null });
    expect(ids(page)).toEqual([...added].reverse());
  });

  it('gives every item exactly once across pages, the last with nextCursor null', async () => {
    const pages = await allPages(auth(visitor), 2);
    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 2]);
    expect(pages.map((page) => page.total)).toEqual([6, 6, 6]);
    expect(pages.map((page) => page.nextCursor === null)).toEqual([false, false, true]);
    expect(pages.flatMap(ids)).toEqual([...added].reverse());
    // The same cursor reads the same page again.
    const second = await briefcasePage(
      auth(visitor),
      `?pageSize=2&cursor=${pages[0]?.nextCursor ?? ''}`,
    );
    expect(ids(second)).toEqual(ids(pages[1] ?? second));
  });

  it('keeps to one stand’s items when asked, and shows no one else’s', async () => {
    const ofStand = await briefcasePage(auth(visitor), '?exhibitorId=e021');
    expect(ofStand).toMatchObject({ total: 1, nextCursor: null });
    expect(ids(ofStand)).toEqual([added.at(-1)]);
    const stranger = await guestSession(app());
    expect(await briefcasePage(auth(stranger), `?pageSize=${String(PAGE_SIZE_MAX)}`)).toEqual({
      items: [],
      nextCursor: null,
      total: 0,
    });
  });

  it.each([
    ['?pageSize=0', 'query.pageSize'],
    [`?pageSize=${String(PAGE_SIZE_MAX + 1)}`, 'query.pageSize'],
    ['?pageSize=2.5', 'query.pageSize'],
    ["?exhibitorId=1'%20or%20'1'='1", 'query.exhibitorId'],
  ])('refuses %s with a 400 naming the field', async (query, path) => {
    const response = await app().inject({ url: `/api/briefcase${query}`, headers: auth(visitor) });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(ProblemSchema.parse(response.json()).errors?.map((error) => error.path)).toEqual([path]);
  });
});

describe('the briefcase, paged while it changes', () => {
  it('shows each item once when one is added before the next page and others removed before the one after', async () => {
    const visitor = await guestSession(app());
    const held: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      const id = await addLink(`Памятка ${String(index)}`);
      held.push(
        BriefcaseItemSchema.parse((await add({ materialId: id }, auth(visitor))).json()).id,
      );
    }
    const newestFirst = [...held].reverse();
    const first = await briefcasePage(auth(visitor), '?pageSize=2');
    expect(ids(first)).toEqual(newestFirst.slice(0, 2));

    // Another tab adds an item: by page number, page 2 would start one early and repeat one.
    const another = await addLink('Добавлено в другой вкладке');
    await add({ materialId: another }, auth(visitor));
    const second = await briefcasePage(
      auth(visitor),
      `?pageSize=2&cursor=${first.nextCursor ?? ''}`,
    );
    expect(ids(second)).toEqual(newestFirst.slice(2, 4));

    // Then it removes the item the cursor stands on, and one not shown yet: by page number,
    // page 3 would start one late and skip one.
    const [, cursorItem] = ids(second);
    for (const itemId of [cursorItem, newestFirst[5]]) {
      const removed = await app().inject({
        method: 'DELETE',
        url: `/api/briefcase/${itemId ?? ''}`,
        headers: auth(visitor),
      });
      expect(removed.statusCode).toBe(204);
    }
    const third = await briefcasePage(
      auth(visitor),
      `?pageSize=2&cursor=${second.nextCursor ?? ''}`,
    );
    expect(ids(third)).toEqual([newestFirst[4], newestFirst[6]]);
    expect(third).toMatchObject({ nextCursor: null, total: 6 });

    const seen = [first, second, third].flatMap(ids);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(newestFirst.filter((id) => id !== newestFirst[5]));
  });

  it('answers an empty last page, with the total, when everything after the cursor went', async () => {
    const visitor = await guestSession(app());
    for (const title of ['Первый', 'Второй', 'Третий']) {
      await add({ materialId: await addLink(title) }, auth(visitor));
    }
    const first = await briefcasePage(auth(visitor), '?pageSize=2');
    const [oldest] = (await briefcasePage(auth(visitor), '?pageSize=3')).items.slice(-1);
    await app().inject({
      method: 'DELETE',
      url: `/api/briefcase/${oldest?.id ?? ''}`,
      headers: auth(visitor),
    });
    expect(
      await briefcasePage(auth(visitor), `?pageSize=2&cursor=${first.nextCursor ?? ''}`),
    ).toEqual({
      items: [],
      nextCursor: null,
      total: 2,
    });
  });
});

describe('the briefcase’s cursor', () => {
  let owner: Session;
  let ownerCursor = '';

  beforeAll(async () => {
    owner = await guestSession(app());
    for (const title of ['Секретный план', 'Личная заметка', 'Черновик']) {
      await add({ materialId: await addLink(title) }, auth(owner));
    }
    const first = await briefcasePage(auth(owner), '?pageSize=1');
    if (!first.nextCursor) throw new Error('The owner’s first page gave no cursor');
    ownerCursor = first.nextCursor;
  });

  it('shows another visitor nothing of the owner’s: only their own items past that place', async () => {
    // Two of the owner's items lie past the place the owner's cursor stands on.
    const other = await guestSession(app());
    const mine = BriefcaseItemSchema.parse((await add({ contactsOf: 'e021' }, auth(other))).json());
    // The other visitor's item is newer than the owner's place: nothing of theirs is past it.
    const withOwners = await briefcasePage(auth(other), `?cursor=${ownerCursor}`);
    expect(withOwners).toEqual({ items: [], nextCursor: null, total: 1 });
    // A place far in the future puts every item of theirs, and only theirs, after it.
    const future = briefcaseCursor({
      addedAt: '2999-12-31T23:59:59.999999Z',
      id: 'ffffffff-ffff-4fff-bfff-ffffffffffff',
    });
    const fromFuture = await briefcasePage(auth(other), `?pageSize=100&cursor=${future}`);
    expect(ids(fromFuture)).toEqual([mine.id]);
  });

  /** base64url of `text`, as a client could forge a cursor. */
  const forged = (text: string) => Buffer.from(text).toString('base64url');
  const ID = '5d6a1f3e-2b1c-4c8e-9f00-000000000001';
  const garbage: [what: string, cursor: string][] = [
    ['garbage', 'not-a-cursor'],
    ['a character base64url does not use', 'abc$def'],
    ['base64url of no place', forged('hello')],
    ['a place with milliseconds only', forged(`2027-04-26T10:00:00.123Z|${ID}`)],
    ['a day that does not exist', forged(`2027-02-30T10:00:00.000000Z|${ID}`)],
    ['year 0000', forged(`0000-01-01T00:00:00.000000Z|${ID}`)],
    ['an empty cursor', ''],
    ['two cursors', 'AAAA&cursor=BBBB'],
    ['a huge string', 'A'.repeat(8_000)],
    ...HOSTILE_STRINGS.map((hostile): [string, string] => [
      `“${hostile}”`,
      encodeURIComponent(hostile),
    ]),
    ...HOSTILE_STRINGS.map((hostile): [string, string] => [
      `a place with “${hostile}” for an id`,
      forged(`2027-04-26T10:00:00.000000Z|${hostile}`),
    ]),
  ];

  it.each(garbage)(
    'refuses %s with a 400 that says what to do, changing nothing',
    async (_what, cursor) => {
      const before = await briefcasePage(auth(owner), '?pageSize=100');
      const response = await app().inject({
        url: `/api/briefcase?cursor=${cursor}`,
        headers: auth(owner),
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = ProblemSchema.parse(response.json());
      expect(problem.errors?.map((error) => error.path)).toEqual(['query.cursor']);
      expect(problem.detail).toMatch(/not a cursor the briefcase gave out/);
      expect(await briefcasePage(auth(owner), '?pageSize=100')).toEqual(before);
      expect(before.total).toBe(3);
    },
  );
});
