/**
 * Every route that changes a stand, or reads its leads, refuses everyone but the stand's own
 * staff and the organisers: staff of another stand, a registered visitor, a guest (403), and
 * no session (401). Each refusal leaves the stand exactly as it was.
 */
import { StandDetailSchema } from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  auth,
  multipart,
  PDF_BYTES,
  PNG_BYTES,
  standActors,
  type StandActors,
} from '../../../test/actors.ts';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp();
const STAND = 'e001';
let actors: StandActors;
let chatMessageId = '';

beforeAll(async () => {
  actors = await standActors(app(), STAND, 'e002');
  const posted = await app().inject({
    method: 'POST',
    url: `/api/stands/${STAND}/chat`,
    headers: auth(actors.visitor),
    payload: { body: 'Здравствуйте!' },
  });
  chatMessageId = posted.json<{ id: string }>().id;
});

interface Attempt {
  method: 'PATCH' | 'PUT' | 'POST' | 'DELETE' | 'GET';
  url: string;
  body?: () => Promise<{ payload: unknown; headers?: Record<string, string> }>;
}

const json = (payload: unknown) => () => Promise.resolve({ payload });

const ATTEMPTS: Record<string, Attempt> = {
  'edit the card': {
    method: 'PATCH',
    url: `/api/stands/${STAND}`,
    body: json({ colors: { primary: '#112233', accent: '#445566' } }),
  },
  'replace products': {
    method: 'PUT',
    url: `/api/stands/${STAND}/products`,
    body: json({ products: [] }),
  },
  'add a link material': {
    method: 'POST',
    url: `/api/stands/${STAND}/materials/links`,
    body: json({ title: { ru: 'Сайт', en: 'Website' }, url: 'https://example.com' }),
  },
  'upload a material': {
    method: 'POST',
    url: `/api/stands/${STAND}/materials/files`,
    body: () =>
      multipart(
        { titleRu: 'Буклет', titleEn: 'Booklet' },
        { name: 'a.pdf', type: 'application/pdf', bytes: PDF_BYTES },
      ),
  },
  'upload a logo': {
    method: 'PUT',
    url: `/api/stands/${STAND}/media/logo`,
    body: () => multipart({}, { name: 'logo.png', type: 'image/png', bytes: PNG_BYTES }),
  },
  'hide a chat message': { method: 'POST', url: `/api/stands/${STAND}/chat/{message}/hide` },
  'read the leads': { method: 'GET', url: `/api/stands/${STAND}/leads` },
  'export the leads': { method: 'GET', url: `/api/stands/${STAND}/leads.csv` },
};

async function attempt(name: string, session: StandActors[keyof StandActors] | null) {
  const spec = ATTEMPTS[name];
  if (!spec) throw new Error(`No attempt named ${name}`);
  const body = spec.body ? await spec.body() : null;
  const headers = {
    ...(body?.headers ?? {}),
    ...(session ? auth(session) : {}),
  };
  return app().inject({
    method: spec.method,
    url: spec.url.replace('{message}', chatMessageId),
    headers,
    ...(body ? { payload: body.payload as string } : {}),
  });
}

async function standSnapshot(): Promise<string> {
  const response = await app().inject(`/api/stands/${STAND}`);
  const stand = StandDetailSchema.parse(response.json());
  return JSON.stringify({ ...stand, staff: [] });
}

describe.each(Object.keys(ATTEMPTS))('to %s', (name) => {
  it.each([
    ['staff of another stand', 'otherExhibitor', 403],
    ['a registered visitor', 'visitor', 403],
    ['a guest', 'guest', 403],
  ] as const)('refuses %s with %i and changes nothing', async (_who, key, status) => {
    const before = await standSnapshot();
    const response = await attempt(name, actors[key]);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await standSnapshot()).toBe(before);
  });

  it('refuses a request without a session with 401', async () => {
    const response = await attempt(name, null);
    expect(response.statusCode).toBe(401);
  });

  it("lets the stand's own staff do it", async () => {
    const response = await attempt(name, actors.own);
    expect(response.statusCode).toBeLessThan(300);
  });

  it('lets an organiser do it', async () => {
    const response = await attempt(name, actors.organiser);
    expect([200, 201, 204]).toContain(response.statusCode);
  });
});
