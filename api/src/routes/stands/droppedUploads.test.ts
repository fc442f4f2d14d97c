/**
 * Uploads whose connection drops, over a real listening server: halfway through the file, before
 * the server read any of it, or after it stored the file but before it answered. Whatever the
 * moment, the stand shows the whole upload or nothing of it, the uploads directory keeps no
 * partial or stray file, no request is left hanging, and the next upload goes through. A
 * material retried with its `Idempotency-Key` after its answer was lost is not stored twice.
 */
import { randomUUID } from 'node:crypto';
import { MaterialSchema, ProblemSchema, StandDetailSchema, type Session } from '@salon/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actor, auth, multipart, PDF_BYTES, PNG_BYTES } from '../../../test/actors.ts';
import {
  listeningPort,
  padded,
  startUpload,
  uploadsListing,
  waitUntil,
  watchHandlers,
  type RawRequest,
} from '../../../test/rawUpload.ts';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp({ livekit: null });
const handlers = watchHandlers();
const STAND = 'e051';
const MB = 1024 * 1024;
let staff: Session;

beforeAll(async () => {
  await app().listen({ host: '127.0.0.1', port: 0 });
  staff = await actor(app(), 'exhibitor', STAND);
});
afterAll(() => handlers.stop());

/**
 * Each upload under test, with a file well under its limit (20 MB and 2 MB). `replaces`: a new
 * one takes the place of the stand's previous one, instead of joining it.
 */
const UPLOADS = {
  material: {
    method: 'POST',
    url: `/api/stands/${STAND}/materials/files`,
    fields: { titleRu: 'Буклет', titleEn: 'Booklet' },
    file: { name: 'booklet.pdf', type: 'application/pdf', head: PDF_BYTES, size: 4 * MB },
    created: 201,
    replaces: false,
  },
  logo: {
    method: 'PUT',
    url: `/api/stands/${STAND}/media/logo`,
    fields: {},
    file: { name: 'logo.png', type: 'image/png', head: PNG_BYTES, size: 1.5 * MB },
    created: 200,
    replaces: true,
  },
} as const;
type Kind = keyof typeof UPLOADS;
const KINDS = Object.keys(UPLOADS) as Kind[];

function base(): string {
  return `http://127.0.0.1:${String(listeningPort(app()))}`;
}

async function request(kind: Kind, size: number = UPLOADS[kind].file.size): Promise<RawRequest> {
  const { method, url, fields, file } = UPLOADS[kind];
  const bytes = padded(file.head, size);
  const body = await multipart(fields, { name: file.name, type: file.type, bytes });
  return { method, url, headers: { ...body.headers, ...auth(staff) }, payload: body.payload };
}

/** What the stand's staff see of each kind of upload: the addresses of the files shown. */
async function standAsStaff(): Promise<Record<Kind, string[]>> {
  const response = await fetch(`${base()}/api/stands/${STAND}`, { headers: auth(staff) });
  const stand = StandDetailSchema.parse(await response.json());
  return {
    material: stand.materials.map((one) => one.url),
    logo: stand.logoUrl ? [stand.logoUrl] : [],
  };
}

async function snapshot(): Promise<{
  stand: Awaited<ReturnType<typeof standAsStaff>>;
  files: string[];
}> {
  return { stand: await standAsStaff(), files: await uploadsListing(app()) };
}

const isTemporary = (name: string) => name.startsWith('.upload-');

/** Once every handler has settled, its temporary file is gone: the store removes it first. */
async function settled(): Promise<void> {
  await waitUntil('every upload handler settled', () => handlers.running() === 0);
  expect(handlers.takeServerErrors()).toEqual([]);
}

/**
 * Runs `during` while the database is held. PGlite runs one transaction at a time, so a route
 * waits on its next query until `during` is done: the server is busy at a moment the test picks.
 */
async function whileDatabaseBusy(during: () => Promise<void>): Promise<void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let holding = () => {};
  const started = new Promise<void>((resolve) => (holding = resolve));
  const transaction = app().db.transaction(async (tx) => {
    await tx.execute(sql`select 1`);
    holding();
    await held;
  });
  await started;
  try {
    await during();
  } finally {
    release();
    await transaction;
  }
}

/** The server answers, and the same upload sent whole over a new connection goes through. */
async function expectNextUploadTaken(kind: Kind): Promise<void> {
  expect((await fetch(`${base()}/api/health`)).status).toBe(200);
  const next = await request(kind);
  const response = await fetch(`${base()}${next.url}`, {
    method: next.method,
    headers: next.headers,
    body: next.payload,
  });
  expect(response.status).toBe(UPLOADS[kind].created);
}

describe('an upload whose connection drops halfway through the file', () => {
  it.each(KINDS)('keeps no %s and no partial file, and takes the next one', async (kind) => {
    const before = await snapshot();
    const sent = await request(kind);
    const upload = await startUpload(app(), sent, sent.payload.length / 2);
    await waitUntil('the server is writing the upload to a temporary file', async () =>
      (await uploadsListing(app())).some(isTemporary),
    );
    await upload.cut();
    await settled();
    expect(await snapshot()).toEqual(before);
    await expectNextUploadTaken(kind);
  });
});

describe('an upload sent whole whose connection drops before the server read it', () => {
  it.each(KINDS)('keeps no %s, leaves no request hanging, and takes the next', async (kind) => {
    const before = await snapshot();
    // Small enough to sit in socket buffers while the server is busy with something else.
    const sent = await request(kind, 64 * 1024);
    await whileDatabaseBusy(async () => {
      const upload = await startUpload(app(), sent, sent.payload.length);
      await upload.cut();
    });
    await settled();
    expect(await snapshot()).toEqual(before);
    await expectNextUploadTaken(kind);
  });
});

describe('an upload whose connection drops after the server stored it, before its answer', () => {
  it.each(KINDS)('keeps the %s once and whole, and no stray file', async (kind) => {
    const before = await snapshot();
    const sent = await request(kind);
    const upload = await startUpload(app(), sent, sent.payload.length - 100);
    await waitUntil('the server is writing the upload to a temporary file', async () =>
      (await uploadsListing(app())).some(isTemporary),
    );
    let stored: string[] = [];
    await whileDatabaseBusy(async () => {
      await upload.finish();
      await waitUntil('the server moved the file into place', async () => {
        stored = (await uploadsListing(app())).filter((name) => !before.files.includes(name));
        return stored.length > 0 && !stored.some(isTemporary);
      });
      await upload.cut();
    });
    await settled();

    const after = await snapshot();
    const { replaces, file } = UPLOADS[kind];
    // One new file, and at most the one it replaced gone.
    expect(stored).toHaveLength(1);
    expect(after.files.filter((name) => !before.files.includes(name))).toEqual(stored);
    const removed = before.files.filter((name) => !after.files.includes(name));
    expect(removed.length).toBeLessThanOrEqual(replaces ? 1 : 0);
    // Shown once, beside the others or instead of the old one, with every byte sent.
    const shown = after.stand[kind];
    const added = shown.filter((url) => !before.stand[kind].includes(url));
    expect(added).toHaveLength(1);
    expect(shown).toHaveLength(replaces ? 1 : before.stand[kind].length + 1);
    const download = await fetch(`${base()}${added[0] ?? ''}`);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.equals(Buffer.from(padded(file.head, file.size)))).toBe(true);
    await expectNextUploadTaken(kind);
  });
});

describe('a material retried with its Idempotency-Key after its answer was lost', () => {
  it('answers the retry with the material stored the first time, shown once', async () => {
    const before = await snapshot();
    const plain = await request('material');
    const sent = { ...plain, headers: { ...plain.headers, 'idempotency-key': randomUUID() } };
    const upload = await startUpload(app(), sent, sent.payload.length - 100);
    await whileDatabaseBusy(async () => {
      await upload.finish();
      await waitUntil('the server moved the file into place', async () =>
        (await uploadsListing(app())).some(
          (name) => !isTemporary(name) && !before.files.includes(name),
        ),
      );
      await upload.cut();
    });
    await settled();
    const stored = await snapshot();
    expect(stored.stand.material).toHaveLength(before.stand.material.length + 1);

    // The browser's retry: the whole file again, with the same key, over a new connection.
    const retry = await fetch(`${base()}${sent.url}`, {
      method: sent.method,
      headers: sent.headers,
      body: sent.payload,
    });
    expect(retry.status).toBe(201);
    const material = MaterialSchema.parse(await retry.json());
    expect(stored.stand.material.at(-1)).toBe(material.url);
    await settled();
    expect(await snapshot()).toEqual(stored);
  });
});

describe('an upload whose form ends mid-file', () => {
  it.each(KINDS)('refuses the %s with 400, not a server error, and keeps nothing', async (kind) => {
    const before = await snapshot();
    const sent = await request(kind, 64 * 1024);
    // The body is cut inside the file, before the closing boundary, as a failing proxy cuts it.
    const response = await app().inject({
      method: sent.method,
      url: sent.url,
      headers: sent.headers,
      payload: sent.payload.subarray(0, sent.payload.length - 80),
    });
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).title).toBe('Upload interrupted');
    await settled();
    expect(await snapshot()).toEqual(before);
  });
});
