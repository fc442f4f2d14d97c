/**
 * POST /api/exhibitors: organisers add an exhibitor with its stand and invite its first staff
 * member, who signs in through the invitation and runs that stand.
 */
import {
  ExhibitorCreatedSchema,
  ExhibitorPageSchema,
  ProblemSchema,
  SessionSchema,
  StandDetailSchema,
  type ExhibitorCreate,
  type Session,
} from '@salon/shared';
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema/index.ts';
import { actor, auth } from '../../../test/actors.ts';
import { guestSession } from '../../../test/sessionsForTests.ts';
import { HOSTILE_STRINGS, useTestApp } from '../../../test/testApp.ts';

const app = useTestApp();
let organiser: Session;
let made = 0;

beforeAll(async () => {
  organiser = await actor(app(), 'organiser');
});

/** A valid body, with a name and staff email of its own each time. */
function newExhibitor(change: Partial<ExhibitorCreate> = {}): ExhibitorCreate {
  made += 1;
  return {
    kind: 'business',
    name: { ru: `Новая школа ${String(made)}`, en: `New School ${String(made)}` },
    description: { ru: 'Курсы для учителей', en: 'Courses for teachers' },
    regionCode: 'moscow',
    topicCodes: ['school', 'preschool'],
    contacts: {
      website: 'https://new-school.example',
      email: 'hello@new-school.example',
      phone: null,
    },
    colors: { primary: '#1a2b3c', accent: '#f0c040' },
    staffEmail: `staff-${String(made)}@new-school.example`,
    ...change,
  };
}

function create(body: unknown, session: Session | null) {
  return app().inject({
    method: 'POST',
    url: '/api/exhibitors',
    payload: body as object,
    headers: session ? auth(session) : {},
  });
}

async function exhibitorCount(): Promise<number> {
  const [row] = await app().db.select({ n: count() }).from(t.exhibitors);
  return row?.n ?? 0;
}

describe('POST /api/exhibitors', () => {
  it('adds the exhibitor to the directory with its stand, and invites its first staff member', async () => {
    const body = newExhibitor({
      products: [
        {
          name: { ru: 'Курс «Цифровая школа»', en: 'Digital School course' },
          description: { ru: '72 часа', en: '72 hours' },
        },
      ],
      links: [{ title: { ru: 'Сайт', en: 'Website' }, url: 'https://new-school.example/' }],
    });
    const response = await create(body, organiser);
    expect(response.statusCode).toBe(201);
    const { exhibitor, invitation } = ExhibitorCreatedSchema.parse(response.json());
    expect(exhibitor).toMatchObject({
      kind: 'business',
      name: body.name,
      regionCode: 'moscow',
      topicCodes: ['school', 'preschool'],
      stand: null,
    });
    expect(invitation).toMatchObject({ exhibitorId: exhibitor.id, email: body.staffEmail });

    const directory = ExhibitorPageSchema.parse(
      (await app().inject(`/api/exhibitors?q=${encodeURIComponent(body.name.ru)}`)).json(),
    );
    expect(directory.items.map((item) => item.id)).toEqual([exhibitor.id]);

    const stand = StandDetailSchema.parse(
      (await app().inject(`/api/stands/${exhibitor.id}`)).json(),
    );
    expect(stand.products.map((product) => product.name.en)).toEqual(['Digital School course']);
    expect(stand.materials.map((material) => material.url)).toEqual([
      'https://new-school.example/',
    ]);
    expect(stand.staff).toEqual([]);

    // The invited person signs in through the link and runs this stand.
    const accepted = await app().inject({
      method: 'POST',
      url: `/api/invitations/${invitation.token}/accept`,
      payload: { password: 'a strong passphrase', displayName: 'Мария' },
    });
    expect(accepted.statusCode).toBe(201);
    const staff = SessionSchema.parse(accepted.json());
    expect(staff.user).toMatchObject({ role: 'exhibitor', exhibitorId: exhibitor.id });
    const edit = await app().inject({
      method: 'PATCH',
      url: `/api/stands/${exhibitor.id}`,
      headers: auth(staff),
      payload: { colors: { primary: '#123456', accent: '#654321' } },
    });
    expect(edit.statusCode).toBe(200);
  });

  it('stores names that look like markup or SQL exactly as written', async () => {
    for (const hostile of HOSTILE_STRINGS.slice(0, 4)) {
      const body = newExhibitor({ name: { ru: hostile, en: hostile } });
      const response = await create(body, organiser);
      expect(response.statusCode).toBe(201);
      expect(ExhibitorCreatedSchema.parse(response.json()).exhibitor.name.ru).toBe(hostile);
    }
  });

  it.each([
    ['staff of an exhibitor', () => actor(app(), 'exhibitor', 'e001')],
    ['a registered visitor', () => actor(app(), 'visitor')],
    ['a guest', () => guestSession(app())],
    ['a forum moderator', () => actor(app(), 'moderator')],
  ])('refuses %s with 403 and adds nothing', async (_who, who) => {
    const before = await exhibitorCount();
    const response = await create(newExhibitor(), await who());
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await exhibitorCount()).toBe(before);
  });

  it('refuses a request without a session with 401', async () => {
    expect((await create(newExhibitor(), null)).statusCode).toBe(401);
  });

  it.each([
    ['no Russian name', { name: { ru: ' ', en: 'School' } }, 'body.name.ru'],
    ['an unknown kind', { kind: 'spaceAgency' }, 'body.kind'],
    ['no topic', { topicCodes: [] }, 'body.topicCodes'],
    ['the same topic twice', { topicCodes: ['school', 'school'] }, 'body.topicCodes'],
    [
      'eleven topics',
      { topicCodes: Array.from({ length: 11 }, (_, i) => `t${String(i)}`) },
      'body.topicCodes',
    ],
    ['a region code with SQL in it', { regionCode: "x' OR 1=1" }, 'body.regionCode'],
    [
      'a javascript: website',
      { contacts: { website: 'javascript:alert(1)', email: null, phone: null } },
      'body.contacts.website',
    ],
    ['a bad colour', { colors: { primary: 'red', accent: '#000000' } }, 'body.colors.primary'],
    ['a staff email that is not one', { staffEmail: 'not an email' }, 'body.staffEmail'],
    ['no staff email', { staffEmail: undefined }, 'body.staffEmail'],
  ])('refuses %s with 400 naming the field', async (_case, change, path) => {
    const before = await exhibitorCount();
    const response = await create({ ...newExhibitor(), ...change }, organiser);
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).errors?.map((error) => error.path)).toContain(path);
    expect(await exhibitorCount()).toBe(before);
  });

  it.each([
    ['a region that is not in the dictionary', { regionCode: 'atlantis' }, 'region'],
    ['a topic that is not in the dictionary', { topicCodes: ['school', 'astrology'] }, 'topic'],
  ])('refuses %s with 400 in plain words, and adds nothing', async (_case, change, word) => {
    const before = await exhibitorCount();
    const response = await create(newExhibitor(change), organiser);
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).detail).toContain(word);
    expect(await exhibitorCount()).toBe(before);
  });

  it('refuses a second exhibitor of the same name, and a staff email that has an account', async () => {
    const first = newExhibitor();
    expect((await create(first, organiser)).statusCode).toBe(201);
    const before = await exhibitorCount();
    const again = await create({ ...newExhibitor(), name: first.name }, organiser);
    expect(again.statusCode).toBe(409);
    const taken = await create(newExhibitor({ staffEmail: organiser.user.email ?? '' }), organiser);
    expect(taken.statusCode).toBe(409);
    expect(ProblemSchema.parse(taken.json()).detail).toContain('exists');
    expect(await exhibitorCount()).toBe(before);
  });
});
