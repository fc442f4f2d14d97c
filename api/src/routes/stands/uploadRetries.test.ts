/**
 * A material upload sent again with the same `Idempotency-Key` (its answer was lost, the person
 * pressed the button twice) is the same upload: the stand keeps one material and every answer
 * is the first one's. Two with one key at the same moment still make one material and leave one
 * file on disk. The key is the stand's own: another stand's staff reusing it neither see nor
 * touch this stand's material.
 */
import { randomUUID } from 'node:crypto';
import { MaterialSchema, ProblemSchema, type Session } from '@salon/shared';
import { and, count, eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import * as t from '../../db/schema/index.ts';
import { actor, auth, multipart, PDF_BYTES, PNG_BYTES } from '../../../test/actors.ts';
import { uploadsListing } from '../../../test/rawUpload.ts';
import { guestSession } from '../../../test/sessionsForTests.ts';
import { useTestApp } from '../../../test/testApp.ts';

const STAND = 'e052';
const OTHER_STAND = 'e053';

async function upload(
  app: FastifyInstance,
  as: Session,
  key: string | null,
  options: { stand?: string; bytes?: Uint8Array; title?: string } = {},
): Promise<LightMyRequestResponse> {
  const { stand = STAND, bytes = PDF_BYTES, title = 'Буклет' } = options;
  const body = await multipart(
    { titleRu: title, titleEn: 'Booklet' },
    { name: 'booklet.pdf', type: 'application/pdf', bytes },
  );
  return app.inject({
    method: 'POST',
    url: `/api/stands/${stand}/materials/files`,
    payload: body.payload,
    headers: {
      ...body.headers,
      ...auth(as),
      ...(key === null ? {} : { 'idempotency-key': key }),
    },
  });
}

/** How many materials the stand has; with `key`, how many of them that upload made. */
async function materialCount(app: FastifyInstance, stand: string, key?: string): Promise<number> {
  const [row] = await app.db
    .select({ n: count() })
    .from(t.materials)
    .where(
      and(
        eq(t.materials.exhibitorId, stand),
        key === undefined ? undefined : eq(t.materials.idempotencyKey, key),
      ),
    );
  return row?.n ?? 0;
}

/** What the uploads folder and the stand hold: a refused or repeated upload changes neither. */
async function kept(app: FastifyInstance, stand = STAND) {
  return {
    files: await uploadsListing(app),
    materials: await materialCount(app, stand),
    storedFiles: (await app.db.select({ n: count() }).from(t.storedFiles))[0]?.n ?? 0,
  };
}

/**
 * Holds each upload right after its bytes are stored, until `requests` uploads have stored
 * theirs: all of them are then past the look-up of their key, and race to insert it.
 */
function storeAllBeforeAnyInserts(app: FastifyInstance, requests: number) {
  const save = app.fileStore.save.bind(app.fileStore);
  let arrived = 0;
  let release = () => {};
  const allStored = new Promise<void>((resolve) => (release = resolve));
  return vi.spyOn(app.fileStore, 'save').mockImplementation(async (...args) => {
    const stored = await save(...args);
    arrived += 1;
    if (arrived === requests) release();
    await allStored;
    return stored;
  });
}

/** Sends two uploads with one key at the same moment, and tells what came of them. */
async function raceTwoWithOneKey(app: FastifyInstance, staff: Session) {
  const before = await kept(app);
  const key = randomUUID();
  const saves = storeAllBeforeAnyInserts(app, 2);
  const answers = await Promise.all([upload(app, staff, key), upload(app, staff, key)]);
  const [first, second] = answers.map((answer) => MaterialSchema.parse(answer.json()));
  const after = await kept(app);
  const newFiles = after.files.filter((name) => !before.files.includes(name));
  return {
    // Both stored their bytes before either inserted: the race really was run.
    stored: saves.mock.calls.length,
    statuses: answers.map((answer) => answer.statusCode),
    sameAnswer: first !== undefined && JSON.stringify(first) === JSON.stringify(second),
    materialsWithKey: await materialCount(app, STAND, key),
    materialsAdded: after.materials - before.materials,
    fileRowsAdded: after.storedFiles - before.storedFiles,
    newFiles: newFiles.map((name) => (name.startsWith('.upload-') ? 'temporary' : 'stored')),
    filesGone: before.files.filter((name) => !after.files.includes(name)),
  };
}

const ONE_MATERIAL_ONE_FILE = {
  stored: 2,
  statuses: [201, 201],
  sameAnswer: true,
  materialsWithKey: 1,
  materialsAdded: 1,
  fileRowsAdded: 1,
  newFiles: ['stored'],
  filesGone: [],
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a material upload retried with the same Idempotency-Key', () => {
  const app = useTestApp({ livekit: null });
  let staff: Session;
  let otherStaff: Session;

  beforeAll(async () => {
    staff = await actor(app(), 'exhibitor', STAND);
    otherStaff = await actor(app(), 'exhibitor', OTHER_STAND);
  });

  it('keeps one material and answers the retry exactly as the first upload', async () => {
    const before = await kept(app());
    const key = randomUUID();
    const first = await upload(app(), staff, key);
    const retry = await upload(app(), staff, key);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(MaterialSchema.parse(retry.json())).toMatchObject({ kind: 'pdf' });
    expect(await materialCount(app(), STAND, key)).toBe(1);
    const after = await kept(app());
    expect(after.materials).toBe(before.materials + 1);
    expect(after.files).toHaveLength(before.files.length + 1);
  });

  it('answers a retry with the first material even if the retry sends another file', async () => {
    const key = randomUUID();
    const first = MaterialSchema.parse((await upload(app(), staff, key)).json());
    const before = await kept(app());
    const retry = await upload(app(), staff, key, { title: 'Другой', bytes: PNG_BYTES });
    expect(retry.statusCode).toBe(201);
    expect(MaterialSchema.parse(retry.json())).toEqual(first);
    expect(await kept(app())).toEqual(before);
  });

  it('makes one material of two requests with the same key at the same moment', async () => {
    expect(await raceTwoWithOneKey(app(), staff)).toEqual(ONE_MATERIAL_ONE_FILE);
  });

  it('takes uploads with different keys, or with none, as different materials', async () => {
    const before = await kept(app());
    const answers = [
      await upload(app(), staff, randomUUID()),
      await upload(app(), staff, randomUUID()),
      await upload(app(), staff, null),
      await upload(app(), staff, null),
    ];
    expect(answers.map((answer) => answer.statusCode)).toEqual([201, 201, 201, 201]);
    const ids = new Set(answers.map((answer) => MaterialSchema.parse(answer.json()).id));
    expect(ids.size).toBe(4);
    expect((await kept(app())).materials).toBe(before.materials + 4);
  });

  it.each([
    ['a word', 'retry-1'],
    ['an empty value', ''],
    ['a UUID with more after it', `${randomUUID()}-2`],
    ['two keys', `${randomUUID()}, ${randomUUID()}`],
    ['a SQL fragment', "' OR 1=1 --"],
  ])('refuses %s as a key with 400 saying what to send, and keeps nothing', async (_, key) => {
    const before = await kept(app());
    const response = await upload(app(), staff, key);
    expect(response.statusCode).toBe(400);
    const problem = ProblemSchema.parse(response.json());
    expect(problem.detail).toContain('Idempotency-Key must be a UUID');
    expect(problem.errors?.[0]?.path).toBe('header.idempotency-key');
    expect(await kept(app())).toEqual(before);
  });

  it('gives another stand that reuses the key its own material, and leaves the first alone', async () => {
    const key = randomUUID();
    const mine = MaterialSchema.parse((await upload(app(), staff, key)).json());
    const before = await kept(app());
    const otherBefore = await materialCount(app(), OTHER_STAND);

    const theirs = await upload(app(), otherStaff, key, { stand: OTHER_STAND });
    expect(theirs.statusCode).toBe(201);
    expect(MaterialSchema.parse(theirs.json()).id).not.toBe(mine.id);
    expect(await materialCount(app(), OTHER_STAND)).toBe(otherBefore + 1);
    expect(await materialCount(app(), OTHER_STAND, key)).toBe(1);

    // Sent to the first stand, the key does not open it to the other stand's staff.
    const intruding = await upload(app(), otherStaff, key);
    expect(intruding.statusCode).toBe(403);
    expect(JSON.stringify(intruding.json())).not.toContain(mine.id);

    const stand = await app().inject(`/api/stands/${STAND}`);
    const shown = stand.json<{ materials: { id: string }[] }>().materials;
    expect(shown.filter((one) => one.id === mine.id)).toHaveLength(1);
    expect((await kept(app())).materials).toBe(before.materials);
    expect(await materialCount(app(), STAND, key)).toBe(1);
  });

  it('still refuses visitors, guests and the signed-out, whatever key they send', async () => {
    const key = randomUUID();
    const mine = MaterialSchema.parse((await upload(app(), staff, key)).json());
    const before = await kept(app());
    const visitor = await actor(app(), 'visitor');
    const guest = await guestSession(app());
    for (const [who, status] of [
      [visitor, 403],
      [guest, 403],
    ] as const) {
      const response = await upload(app(), who, key);
      expect(response.statusCode).toBe(status);
      expect(JSON.stringify(response.json())).not.toContain(mine.id);
    }
    const body = await multipart({ titleRu: 'Б', titleEn: 'B' }, null);
    const signedOut = await app().inject({
      method: 'POST',
      url: `/api/stands/${STAND}/materials/files`,
      payload: body.payload,
      headers: { ...body.headers, 'idempotency-key': key },
    });
    expect(signedOut.statusCode).toBe(401);
    expect(await kept(app())).toEqual(before);
  });
});

describe.skipIf(!inject('postgresUrl'))('the same upload twice at once on PostgreSQL', () => {
  const app = useTestApp({ livekit: null, database: 'postgres' });

  it('makes one material, whichever insert waits on the other', async () => {
    const staff = await actor(app(), 'exhibitor', STAND);
    expect(await raceTwoWithOneKey(app(), staff)).toEqual(ONE_MATERIAL_ONE_FILE);
  });
});
