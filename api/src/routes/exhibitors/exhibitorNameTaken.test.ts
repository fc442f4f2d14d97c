/**
 * One exhibitor per name: the names' unique indexes refuse a second one, in either language and
 * any letter case, even when two organisers add it at the same moment, and the api answers with
 * a plain 409 naming the field. On both databases: only PostgreSQL runs the two requests on two
 * connections at once.
 */
import {
  ExhibitorCreatedSchema,
  ProblemSchema,
  StandDetailSchema,
  type ExhibitorCreate,
  type Session,
} from '@salon/shared';
import { count, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import * as t from '../../db/schema/index.ts';
import { actor, auth } from '../../../test/actors.ts';
import { useTestApp } from '../../../test/testApp.ts';
import { demoFair } from '../../../test/testDatabases.ts';
import { exhibitorNameTaken } from './exhibitorNameTaken.ts';

const SENTENCE = 'An exhibitor with this name already exists';

let made = 0;

/** A valid body with a name and staff email of its own, unless `name` is given. */
function newExhibitor(name?: ExhibitorCreate['name']): ExhibitorCreate {
  made += 1;
  return {
    kind: 'institution',
    name: name ?? { ru: `Лицей имени ${String(made)}`, en: `Lyceum ${String(made)}` },
    description: { ru: 'Лицей', en: 'A lyceum' },
    regionCode: 'moscow',
    topicCodes: ['school'],
    contacts: { website: null, email: null, phone: null },
    colors: { primary: '#1a2b3c', accent: '#f0c040' },
    staffEmail: `names-${String(made)}@lyceum.example`,
  };
}

function seeded(index: number) {
  const exhibitor = demoFair.exhibitors[index];
  if (!exhibitor) throw new Error('The demo fair is too small');
  return exhibitor;
}

for (const kind of ['pglite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !inject('postgresUrl'))(
    `exhibitor names (${kind})`,
    () => {
      const app = useTestApp({ database: kind });
      let organiser: Session;

      beforeAll(async () => {
        organiser = await actor(app(), 'organiser');
      });

      function create(body: ExhibitorCreate) {
        return app().inject({
          method: 'POST',
          url: '/api/exhibitors',
          payload: body,
          headers: auth(organiser),
        });
      }

      /** Exhibitors whose Russian name is `name` in any letter case. */
      async function named(name: string): Promise<number> {
        const [row] = await app()
          .db.select({ n: count() })
          .from(t.exhibitors)
          .where(sql`lower(${t.exhibitors.nameRu}) = lower(${name})`);
        return row?.n ?? 0;
      }

      async function invitationsFor(emails: string[]): Promise<number> {
        const [row] = await app()
          .db.select({ n: count() })
          .from(t.invitations)
          .where(inArray(t.invitations.email, emails));
        return row?.n ?? 0;
      }

      it.each([
        ['the same Russian name', () => seeded(0).name, 'body.name.ru'],
        [
          'the Russian name in capitals',
          () => ({ ru: seeded(1).name.ru.toLocaleUpperCase('ru'), en: 'Another name in English' }),
          'body.name.ru',
        ],
        [
          'the English name in small letters',
          () => ({ ru: 'Совсем другое название', en: seeded(2).name.en.toLowerCase() }),
          'body.name.en',
        ],
      ])('refuses %s with 409 beside that field, and invites no one', async (_case, name, path) => {
        const body = newExhibitor(name());
        const response = await create(body);
        expect(response.statusCode).toBe(409);
        expect(response.headers['content-type']).toContain('application/problem+json');
        const problem = ProblemSchema.parse(response.json());
        expect(problem.detail).toMatch(new RegExp(`^${SENTENCE}\\.`));
        expect(problem.errors).toEqual([{ path, message: SENTENCE }]);
        expect(await invitationsFor([body.staffEmail])).toBe(0);
      });

      it('refuses the second of two exhibitors added one after the other', async () => {
        const first = newExhibitor();
        expect((await create(first)).statusCode).toBe(201);
        const again = await create(newExhibitor(first.name));
        expect(again.statusCode).toBe(409);
        expect(ProblemSchema.parse(again.json()).errors?.[0]?.path).toBe('body.name.ru');
        expect(await named(first.name.ru)).toBe(1);
      });

      it('adds one of two exhibitors added at the same moment, and invites one person', async () => {
        for (let round = 0; round < 3; round += 1) {
          const one = newExhibitor();
          const other = newExhibitor(one.name);
          const responses = await Promise.all([create(one), create(other)]);
          expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
          const refused = responses.find((response) => response.statusCode === 409);
          expect(ProblemSchema.parse(refused?.json()).detail).toContain(SENTENCE);
          expect(await named(one.name.ru)).toBe(1);
          expect(await invitationsFor([one.staffEmail, other.staffEmail])).toBe(1);
        }
      });

      it('lets an exhibitor whose name differs only by a letter in', async () => {
        const first = newExhibitor();
        expect((await create(first)).statusCode).toBe(201);
        const near = newExhibitor({ ru: `${first.name.ru}а`, en: `${first.name.en}a` });
        const response = await create(near);
        expect(response.statusCode).toBe(201);
        expect(ExhibitorCreatedSchema.parse(response.json()).exhibitor.name).toEqual(near.name);
      });

      it('refuses to rename a stand to another exhibitor’s name, and keeps its card', async () => {
        const stand = seeded(3);
        const response = await app().inject({
          method: 'PATCH',
          url: `/api/stands/${stand.id}`,
          headers: auth(organiser),
          payload: { name: { ru: seeded(4).name.ru.toLocaleLowerCase('ru'), en: 'Renamed' } },
        });
        expect(response.statusCode).toBe(409);
        expect(ProblemSchema.parse(response.json()).errors).toEqual([
          { path: 'body.name.ru', message: SENTENCE },
        ]);
        const [row] = await app()
          .db.select({ nameRu: t.exhibitors.nameRu, nameEn: t.exhibitors.nameEn })
          .from(t.exhibitors)
          .where(eq(t.exhibitors.id, stand.id));
        expect(row).toEqual({ nameRu: stand.name.ru, nameEn: stand.name.en });
      });

      it('lets a stand change the letter case of its own name', async () => {
        const stand = seeded(5);
        const name = { ru: stand.name.ru.toLocaleUpperCase('ru'), en: stand.name.en };
        const response = await app().inject({
          method: 'PATCH',
          url: `/api/stands/${stand.id}`,
          headers: auth(organiser),
          payload: { name },
        });
        expect(response.statusCode).toBe(200);
        expect(StandDetailSchema.parse(response.json()).exhibitor.name).toEqual(name);
      });
    },
  );
}

describe('exhibitorNameTaken', () => {
  it('leaves errors that are not about a name alone', () => {
    const otherIndex = Object.assign(new Error('duplicate key'), {
      code: '23505',
      constraint: 'users_email_unique',
    });
    expect(exhibitorNameTaken(new Error('connection lost'))).toBeNull();
    expect(exhibitorNameTaken(new Error('Failed query', { cause: otherIndex }))).toBeNull();
    expect(exhibitorNameTaken('not even an error')).toBeNull();
  });
});
