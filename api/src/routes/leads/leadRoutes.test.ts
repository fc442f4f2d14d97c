import { LeadSchema, ProblemSchema, pageOf } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { actor, auth } from '../../../test/actors.ts';
import { guestSession } from '../../../test/sessionsForTests.ts';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp();
const LeadPage = pageOf(LeadSchema);

function leave(exhibitorId: string, body: unknown, headers: Record<string, string>) {
  return app().inject({
    method: 'POST',
    url: `/api/stands/${exhibitorId}/leads`,
    payload: body as object,
    headers,
  });
}

describe('leaving contacts', () => {
  it('stores only what the visitor chose to share, and the exhibitor sees it as a lead', async () => {
    const visitor = await guestSession(app(), 'Пётр');
    const response = await leave(
      'e010',
      { name: 'Пётр Иванов', organisation: 'Школа №5', consent: true },
      auth(visitor),
    );
    expect(response.statusCode).toBe(201);
    expect(LeadSchema.parse(response.json())).toMatchObject({
      name: 'Пётр Иванов',
      email: null,
      organisation: 'Школа №5',
    });

    const staff = await actor(app(), 'exhibitor', 'e010');
    const leads = LeadPage.parse(
      (await app().inject({ url: '/api/stands/e010/leads', headers: auth(staff) })).json(),
    );
    expect(leads.total).toBe(1);
    expect(leads.items[0]).toMatchObject({ name: 'Пётр Иванов', email: null });
  });

  it('shares nothing without consent', async () => {
    const visitor = await guestSession(app());
    const response = await leave(
      'e011',
      { name: 'Без согласия', email: 'no@example.com' },
      auth(visitor),
    );
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).errors?.[0]?.path).toBe('body.consent');
    const staff = await actor(app(), 'exhibitor', 'e011');
    const leads = LeadPage.parse(
      (await app().inject({ url: '/api/stands/e011/leads', headers: auth(staff) })).json(),
    );
    expect(leads.total).toBe(0);
  });

  it('refuses consent to share nothing at all', async () => {
    const visitor = await guestSession(app());
    expect((await leave('e011', { consent: true }, auth(visitor))).statusCode).toBe(400);
  });

  it('replaces the earlier lead when the same visitor leaves contacts again', async () => {
    const visitor = await actor(app(), 'visitor');
    await leave('e012', { email: 'first@example.com', consent: true }, auth(visitor));
    await leave('e012', { email: 'second@example.com', consent: true }, auth(visitor));
    const staff = await actor(app(), 'exhibitor', 'e012');
    const leads = LeadPage.parse(
      (await app().inject({ url: '/api/stands/e012/leads', headers: auth(staff) })).json(),
    );
    expect(leads.items.map((lead) => lead.email)).toEqual(['second@example.com']);
  });

  it('exports the leads as CSV a spreadsheet opens in Russian', async () => {
    const visitor = await guestSession(app());
    await leave(
      'e013',
      {
        name: 'Анна "Ann" Смирнова',
        email: 'anna@example.com',
        note: 'Перезвоните,\nпожалуйста',
        consent: true,
      },
      auth(visitor),
    );
    const staff = await actor(app(), 'exhibitor', 'e013');
    const csv = await app().inject({ url: '/api/stands/e013/leads.csv', headers: auth(staff) });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('leads-e013.csv');
    expect(csv.body.startsWith('\uFEFFcreatedAt,name,email,organisation,note')).toBe(true);
    expect(csv.body).toContain(
      '"Анна ""Ann"" Смирнова",anna@example.com,,"Перезвоните,\nпожалуйста"',
    );
  });

  it('neutralises spreadsheet formulas that visitors write into their contacts', async () => {
    const hostile = [
      { name: '=HYPERLINK("http://x","y")', organisation: 'Школа' },
      { name: '+7 (495) 000-00-00', organisation: 'Плюс' },
      { name: '-2+3', organisation: 'Минус' },
      { name: '@SUM(A1:A2)', organisation: 'Собака', note: '=1+1\nвторая строка' },
    ];
    for (const contacts of hostile) {
      const visitor = await guestSession(app());
      const left = await leave('e015', { ...contacts, consent: true }, auth(visitor));
      expect(left.statusCode).toBe(201);
    }
    const staff = await actor(app(), 'exhibitor', 'e015');
    const csv = await app().inject({ url: '/api/stands/e015/leads.csv', headers: auth(staff) });
    expect(csv.statusCode).toBe(200);
    const rows = csv.body.split('\n').slice(1);
    expect(rows).toContainEqual(expect.stringContaining(`,"'=HYPERLINK(""http://x"",""y"")",`));
    expect(rows).toContainEqual(expect.stringContaining(",'+7 (495) 000-00-00,"));
    expect(rows).toContainEqual(expect.stringContaining(",'-2+3,"));
    expect(rows).toContainEqual(expect.stringContaining(",'@SUM(A1:A2),"));
    expect(rows).toContainEqual(expect.stringContaining(',"\'=1+1'));
    // Whatever the quoting, no cell may open with a formula character.
    expect(csv.body).not.toMatch(/(^|[,\n])"?[=+\-@]/);
  });

  it("keeps one exhibitor's leads from another exhibitor", async () => {
    const other = await actor(app(), 'exhibitor', 'e014');
    const response = await app().inject({ url: '/api/stands/e013/leads', headers: auth(other) });
    expect(response.statusCode).toBe(403);
  });
});
