/**
 * Every route that changes a stand, or reads its leads, refuses everyone but those it is for:
 * staff of another stand, a registered visitor, a guest (403), and no session (401). Each
 * refusal leaves the stand exactly as it was: its page, files, materials, chat, staff on duty,
 * invitations and leads.
 */
import { readFile } from 'node:fs/promises';
import { resolveAssetPath } from '@salon/assets/media';
import { StandDetailSchema, type Session } from '@salon/shared';
import { asc, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema/index.ts';
import { createUser } from '../sessions/userRepository.ts';
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
let video: Uint8Array;

beforeAll(async () => {
  actors = await standActors(app(), STAND, 'e002');
  video = await readFile(resolveAssetPath('videos/presentation-1.webm'));
});

type Allowed = 'own' | 'organiser';
type Body = { payload: unknown; headers?: Record<string, string> };

interface Attempt {
  method: 'PATCH' | 'PUT' | 'POST' | 'DELETE' | 'GET';
  /** `{id}` is replaced by what `prepare` made for this one request. */
  url: string;
  body?: () => Promise<Body>;
  /** Something for the request to act on, made fresh before each request. */
  prepare?: () => Promise<string>;
  /** Who may do it; both the stand's own staff and the organisers unless said. */
  allowed?: readonly Allowed[];
}

const json = (payload: unknown) => () => Promise.resolve({ payload });
const upload =
  (fields: Record<string, string>, name: string, type: string, bytes: () => Uint8Array) => () =>
    multipart(fields, { name, type, bytes: bytes() });

async function aLinkMaterial(): Promise<string> {
  const [row] = await app()
    .db.insert(t.materials)
    .values({
      exhibitorId: STAND,
      kind: 'link',
      titleRu: 'Ссылка',
      titleEn: 'Link',
      url: 'https://example.com/',
      position: 40,
    })
    .returning({ id: t.materials.id });
  return row?.id ?? '';
}

let staffMade = 0;
async function aStaffMember(): Promise<string> {
  staffMade += 1;
  const row = await createUser(app().db, {
    email: `removable-${String(staffMade)}@stand.example`,
    displayName: `Сотрудник ${String(staffMade)}`,
    role: 'exhibitor',
    exhibitorId: STAND,
  });
  return row.id;
}

async function aChatMessage(): Promise<string> {
  const [row] = await app()
    .db.insert(t.chatMessages)
    .values({
      exhibitorId: STAND,
      authorId: actors.visitor.user.id,
      authorName: 'Гость',
      authorIsStaff: false,
      body: 'Здравствуйте!',
    })
    .returning({ id: t.chatMessages.id });
  return row?.id ?? '';
}

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
    body: upload(
      { titleRu: 'Буклет', titleEn: 'Booklet' },
      'a.pdf',
      'application/pdf',
      () => PDF_BYTES,
    ),
  },
  'remove a material': {
    method: 'DELETE',
    url: `/api/stands/${STAND}/materials/{id}`,
    prepare: aLinkMaterial,
  },
  'upload a logo': {
    method: 'PUT',
    url: `/api/stands/${STAND}/media/logo`,
    body: upload({}, 'logo.png', 'image/png', () => PNG_BYTES),
  },
  'upload the video presentation': {
    method: 'PUT',
    url: `/api/stands/${STAND}/media/video`,
    body: upload({}, 'p.webm', 'video/webm', () => video),
  },
  'upload the poster frame': {
    method: 'PUT',
    url: `/api/stands/${STAND}/media/poster`,
    body: upload({}, 'poster.png', 'image/png', () => PNG_BYTES),
  },
  'upload captions': {
    method: 'PUT',
    url: `/api/stands/${STAND}/media/captions`,
    body: upload({ language: 'en' }, 'en.vtt', 'text/vtt', () =>
      new TextEncoder().encode('WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n'),
    ),
  },
  'go on duty': {
    method: 'PUT',
    url: `/api/stands/${STAND}/staff/me`,
    body: json({ onDuty: true }),
    // Duty is a staff member's own; an organiser is not on any stand's staff.
    allowed: ['own'],
  },
  'remove a staff member': {
    method: 'DELETE',
    url: `/api/stands/${STAND}/staff/{id}`,
    prepare: aStaffMember,
  },
  'hide a chat message': {
    method: 'POST',
    url: `/api/stands/${STAND}/chat/{id}/hide`,
    prepare: aChatMessage,
  },
  'invite staff': {
    method: 'POST',
    url: `/api/exhibitors/${STAND}/invitations`,
    body: json({ email: 'new.staff@example.com' }),
    // Staff accounts are the organisers' to hand out.
    allowed: ['organiser'],
  },
  'read the leads': { method: 'GET', url: `/api/stands/${STAND}/leads` },
  'export the leads': { method: 'GET', url: `/api/stands/${STAND}/leads.csv` },
};

function spec(name: string): Attempt {
  const found = ATTEMPTS[name];
  if (!found) throw new Error(`No attempt named ${name}`);
  return found;
}

/** Makes what the request acts on (before any snapshot), then sends it as `session`. */
async function prepare(name: string) {
  const id = (await spec(name).prepare?.()) ?? '';
  return (session: Session | null) => send(name, id, session);
}

async function send(name: string, id: string, session: Session | null) {
  const { method, url } = spec(name);
  const made = spec(name).body;
  const body = made ? await made() : null;
  return app().inject({
    method,
    url: url.replace('{id}', id),
    headers: { ...(body?.headers ?? {}), ...(session ? auth(session) : {}) },
    ...(body ? { payload: body.payload as string } : {}),
  });
}

/** Everything about the stand a refused request could have touched. */
async function standState(): Promise<string> {
  const db = app().db;
  const page = StandDetailSchema.parse((await app().inject(`/api/stands/${STAND}`)).json());
  const files = await db
    .select({ id: t.storedFiles.id })
    .from(t.storedFiles)
    .where(eq(t.storedFiles.exhibitorId, STAND))
    .orderBy(asc(t.storedFiles.id));
  const chat = await db
    .select({ id: t.chatMessages.id, hiddenAt: t.chatMessages.hiddenAt })
    .from(t.chatMessages)
    .where(eq(t.chatMessages.exhibitorId, STAND))
    .orderBy(asc(t.chatMessages.id));
  const [invitations] = await db
    .select({ n: count() })
    .from(t.invitations)
    .where(eq(t.invitations.exhibitorId, STAND));
  const [leads] = await db
    .select({ n: count() })
    .from(t.leads)
    .where(eq(t.leads.exhibitorId, STAND));
  return JSON.stringify({
    // Whether staff count as online moves with the clock; duty is what a request could change.
    page: { ...page, staff: page.staff.map(({ online: _online, ...member }) => member) },
    files,
    chat,
    invitations: invitations?.n,
    leads: leads?.n,
  });
}

describe.each(Object.keys(ATTEMPTS))('to %s', (name) => {
  const allowed = spec(name).allowed ?? ['own', 'organiser'];

  const refused: [string, keyof StandActors][] = [
    ['staff of another stand', 'otherExhibitor'],
    ['a registered visitor', 'visitor'],
    ['a guest', 'guest'],
  ];
  if (!allowed.includes('own')) refused.push(["the stand's own staff", 'own']);
  if (!allowed.includes('organiser')) refused.push(['an organiser', 'organiser']);

  it.each(refused)('refuses %s with 403 and changes nothing', async (_who, key) => {
    const attempt = await prepare(name);
    const before = await standState();
    const response = await attempt(actors[key]);
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await standState()).toBe(before);
  });

  it('refuses a request without a session with 401 and changes nothing', async () => {
    const attempt = await prepare(name);
    const before = await standState();
    const response = await attempt(null);
    expect(response.statusCode).toBe(401);
    expect(await standState()).toBe(before);
  });

  it.each(allowed)('lets %s do it', async (key) => {
    const response = await (await prepare(name))(actors[key]);
    expect([200, 201, 204]).toContain(response.statusCode);
  });
});
