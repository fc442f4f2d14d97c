/**
 * A stand that does not exist answers 404 problem+json on every stand route, to anyone who
 * would be allowed on a real stand, and never a 500. The order of the gate is documented in
 * `standAccess.ts`: no session is 401, a role that may not do this on any other stand is 403
 * (whether the stand exists or not, so a refusal tells nothing about which stands exist), and
 * only then an unknown stand is 404.
 */
import { ProblemSchema, type Session } from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema/index.ts';
import { actor, auth, multipart, PDF_BYTES, PNG_BYTES } from '../../../test/actors.ts';
import { guestSession } from '../../../test/sessionsForTests.ts';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp();
const UNKNOWN = 'e999';
let organiser: Session;
let visitor: Session;
let otherStaff: Session;
let realMessageId = '';
let realMaterialId = '';

beforeAll(async () => {
  organiser = await actor(app(), 'organiser');
  visitor = await guestSession(app());
  otherStaff = await actor(app(), 'exhibitor', 'e002');
  const [message] = await app()
    .db.insert(t.chatMessages)
    .values({
      exhibitorId: 'e002',
      authorId: visitor.user.id,
      authorName: 'Гость',
      authorIsStaff: false,
      body: 'Здравствуйте!',
    })
    .returning({ id: t.chatMessages.id });
  realMessageId = message?.id ?? '';
  const [material] = await app()
    .db.insert(t.materials)
    .values({
      exhibitorId: 'e002',
      kind: 'link',
      titleRu: 'Ссылка',
      titleEn: 'Link',
      url: 'https://example.com/',
      position: 40,
    })
    .returning({ id: t.materials.id });
  realMaterialId = material?.id ?? '';
});

type Body = () => Promise<{ payload: unknown; headers?: Record<string, string> }>;
const json =
  (payload: unknown): Body =>
  () =>
    Promise.resolve({ payload });
const png: Body = () => multipart({}, { name: 'a.png', type: 'image/png', bytes: PNG_BYTES });

interface Call {
  method: 'GET' | 'PATCH' | 'PUT' | 'POST' | 'DELETE';
  url: () => string;
  body?: Body;
  /** Who would be allowed on a real stand: organisers, unless said. */
  as?: 'organiser' | 'visitor';
}

const CALLS: Record<string, Call> = {
  'read the stand': { method: 'GET', url: () => `/api/stands/${UNKNOWN}`, as: 'visitor' },
  'edit the card': {
    method: 'PATCH',
    url: () => `/api/stands/${UNKNOWN}`,
    body: json({ colors: { primary: '#112233', accent: '#445566' } }),
  },
  'replace products': {
    method: 'PUT',
    url: () => `/api/stands/${UNKNOWN}/products`,
    body: json({ products: [] }),
  },
  'add a link material': {
    method: 'POST',
    url: () => `/api/stands/${UNKNOWN}/materials/links`,
    body: json({ title: { ru: 'Сайт', en: 'Website' }, url: 'https://example.com' }),
  },
  'upload a material': {
    method: 'POST',
    url: () => `/api/stands/${UNKNOWN}/materials/files`,
    body: () =>
      multipart(
        { titleRu: 'Буклет', titleEn: 'Booklet' },
        { name: 'a.pdf', type: 'application/pdf', bytes: PDF_BYTES },
      ),
  },
  'remove a material': {
    method: 'DELETE',
    url: () => `/api/stands/${UNKNOWN}/materials/${realMaterialId}`,
  },
  'upload a logo': { method: 'PUT', url: () => `/api/stands/${UNKNOWN}/media/logo`, body: png },
  'upload a poster': { method: 'PUT', url: () => `/api/stands/${UNKNOWN}/media/poster`, body: png },
  'take a person off the staff': {
    method: 'DELETE',
    url: () => `/api/stands/${UNKNOWN}/staff/${otherStaff.user.id}`,
  },
  'leave contacts': {
    method: 'POST',
    url: () => `/api/stands/${UNKNOWN}/leads`,
    body: json({ name: 'Пётр', consent: true }),
    as: 'visitor',
  },
  'read the leads': { method: 'GET', url: () => `/api/stands/${UNKNOWN}/leads` },
  'export the leads': { method: 'GET', url: () => `/api/stands/${UNKNOWN}/leads.csv` },
  'read the chat': { method: 'GET', url: () => `/api/stands/${UNKNOWN}/chat`, as: 'visitor' },
  'follow the chat live': {
    method: 'GET',
    url: () => `/api/stands/${UNKNOWN}/chat/events`,
    as: 'visitor',
  },
  'write to the chat': {
    method: 'POST',
    url: () => `/api/stands/${UNKNOWN}/chat`,
    body: json({ body: 'Здравствуйте' }),
    as: 'visitor',
  },
  'hide a chat message': {
    method: 'POST',
    url: () => `/api/stands/${UNKNOWN}/chat/${realMessageId}/hide`,
  },
  'invite staff': {
    method: 'POST',
    url: () => `/api/exhibitors/${UNKNOWN}/invitations`,
    body: json({ email: 'someone@example.com' }),
  },
};

async function call(name: string, session: Session) {
  const spec = CALLS[name];
  if (!spec) throw new Error(`No call named ${name}`);
  const body = spec.body ? await spec.body() : null;
  return app().inject({
    method: spec.method,
    url: spec.url(),
    headers: { ...(body?.headers ?? {}), ...auth(session) },
    ...(body ? { payload: body.payload as string } : {}),
  });
}

describe('an unknown stand', () => {
  it.each(Object.keys(CALLS))('answers 404 problem+json to %s', async (name) => {
    const response = await call(name, CALLS[name]?.as === 'visitor' ? visitor : organiser);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(ProblemSchema.parse(response.json()).status).toBe(404);
  });

  it.each(['edit the card', 'upload a logo', 'read the leads', 'hide a chat message'])(
    'still refuses staff of another stand with 403 to %s, saying nothing about which stands exist',
    async (name) => {
      const response = await call(name, otherStaff);
      expect(response.statusCode).toBe(403);
    },
  );

  it('refuses going on duty there with 403: only a stand’s own staff go on duty', async () => {
    const response = await app().inject({
      method: 'PUT',
      url: `/api/stands/${UNKNOWN}/staff/me`,
      headers: auth(otherStaff),
      payload: { onDuty: true },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe("another stand's message or material through a stand's url", () => {
  it('answers 404 and leaves them alone', async () => {
    const staff = await actor(app(), 'exhibitor', 'e003');
    const hide = await app().inject({
      method: 'POST',
      url: `/api/stands/e003/chat/${realMessageId}/hide`,
      headers: auth(staff),
    });
    expect(hide.statusCode).toBe(404);
    const remove = await app().inject({
      method: 'DELETE',
      url: `/api/stands/e003/materials/${realMaterialId}`,
      headers: auth(staff),
    });
    expect(remove.statusCode).toBe(404);
    const stand = await app().inject('/api/stands/e002');
    expect(JSON.stringify(stand.json())).toContain(realMaterialId);
    const chat = await app().inject('/api/stands/e002/chat');
    expect(JSON.stringify(chat.json())).toContain(realMessageId);
  });
});
