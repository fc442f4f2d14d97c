/**
 * Uploads: the type is read from the bytes, the size is limited per purpose, and a refused,
 * partial or failed upload leaves no file and no row behind.
 */
import { readdir, readFile } from 'node:fs/promises';
import {
  ExhibitorPageSchema,
  MaterialSchema,
  ProblemSchema,
  StandDetailSchema,
  type Session,
} from '@salon/shared';
import { resolveAssetPath } from '@salon/assets/media';
import { beforeAll, describe, expect, it } from 'vitest';
import { actor, auth, multipart, PDF_BYTES, PNG_BYTES } from '../../../test/actors.ts';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp();
let staff: Session;

beforeAll(async () => {
  staff = await actor(app(), 'exhibitor', 'e050');
});

async function upload(
  url: string,
  fields: Record<string, string>,
  file: { name: string; type: string; bytes: Uint8Array } | null,
) {
  const body = await multipart(fields, file);
  return app().inject({
    method: url.includes('/media/') ? 'PUT' : 'POST',
    url,
    payload: body.payload,
    headers: { ...body.headers, ...auth(staff) },
  });
}

async function storedFileCount(): Promise<number> {
  const uploadsDir = app()
    .fileStore.absolutePath('uploads:00000000-0000-0000-0000-000000000000.png')
    .replace(/\/[^/]+$/, '');
  return (await readdir(uploadsDir).catch(() => [])).length;
}

describe('stand media uploads', () => {
  it('sets the logo from a PNG and serves it back with its real type', async () => {
    const response = await upload(
      '/api/stands/e050/media/logo',
      {},
      { name: 'logo.png', type: 'image/png', bytes: PNG_BYTES },
    );
    expect(response.statusCode).toBe(200);
    const stand = StandDetailSchema.parse(response.json());
    const file = await app().inject(stand.logoUrl ?? '');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.rawPayload.equals(Buffer.from(PNG_BYTES))).toBe(true);

    // The directory (and the hall's stand boards, drawn from it) show the new logo.
    const listed = await app().inject(
      `/api/exhibitors?q=${encodeURIComponent(stand.exhibitor.name.ru)}`,
    );
    const item = ExhibitorPageSchema.parse(listed.json()).items.find((one) => one.id === 'e050');
    expect(item?.logoUrl).toBe(stand.logoUrl);
  });

  it('takes a WebM video presentation with Russian captions and streams ranges of it', async () => {
    const video = await readFile(resolveAssetPath('videos/presentation-1.webm'));
    const uploaded = await upload(
      '/api/stands/e050/media/video',
      {},
      { name: 'p.webm', type: 'video/webm', bytes: video },
    );
    expect(uploaded.statusCode).toBe(200);
    const captions = new TextEncoder().encode('WEBVTT\n\n00:00.000 --> 00:02.000\nПривет\n');
    const withCaptions = await upload(
      '/api/stands/e050/media/captions',
      { language: 'ru' },
      { name: 'ru.vtt', type: 'text/vtt', bytes: captions },
    );
    const stand = StandDetailSchema.parse(withCaptions.json());
    expect(stand.video?.sources[0]?.type).toBe('video/webm');
    expect(stand.video?.captions).toEqual([
      { url: expect.stringMatching(/^\/api\/files\//) as string, language: 'ru' },
    ]);
    const range = await app().inject({
      url: stand.video?.sources[0]?.url ?? '',
      headers: { range: 'bytes=0-99' },
    });
    expect(range.statusCode).toBe(206);
    expect(range.rawPayload.length).toBe(100);
  });

  it('refuses a file that lies about its type, and keeps nothing', async () => {
    const before = await storedFileCount();
    const response = await upload(
      '/api/stands/e050/media/logo',
      {},
      { name: 'logo.png', type: 'image/png', bytes: PDF_BYTES },
    );
    expect(response.statusCode).toBe(415);
    expect(ProblemSchema.parse(response.json()).detail).toContain('PNG');
    expect(await storedFileCount()).toBe(before);
  });

  it('refuses a PDF named like an image even when it claims nothing', async () => {
    const response = await upload(
      '/api/stands/e050/media/logo',
      {},
      { name: 'logo.png', type: 'application/octet-stream', bytes: PDF_BYTES },
    );
    expect(response.statusCode).toBe(415);
  });

  it('refuses an oversize upload with 413, and keeps nothing', async () => {
    const before = await storedFileCount();
    const huge = new Uint8Array(3 * 1024 * 1024);
    huge.set(PNG_BYTES);
    const response = await upload(
      '/api/stands/e050/media/logo',
      {},
      { name: 'big.png', type: 'image/png', bytes: huge },
    );
    expect(response.statusCode).toBe(413);
    expect(ProblemSchema.parse(response.json()).detail).toContain('2 MB');
    expect(await storedFileCount()).toBe(before);
  });

  it('refuses captions without a language and a body that is not multipart', async () => {
    const noLanguage = await upload(
      '/api/stands/e050/media/captions',
      {},
      { name: 'x.vtt', type: 'text/vtt', bytes: new TextEncoder().encode('WEBVTT\n') },
    );
    expect(noLanguage.statusCode).toBe(400);
    const json = await app().inject({
      method: 'PUT',
      url: '/api/stands/e050/media/logo',
      headers: auth(staff),
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(415);
  });
});

describe('stand materials', () => {
  it('uploads a PDF brochure that downloads under its name', async () => {
    const response = await upload(
      '/api/stands/e050/materials/files',
      { titleRu: 'Буклет', titleEn: 'Booklet' },
      { name: 'Буклет 2027.pdf', type: 'application/pdf', bytes: PDF_BYTES },
    );
    expect(response.statusCode).toBe(201);
    const material = MaterialSchema.parse(response.json());
    expect(material).toMatchObject({ kind: 'pdf', sizeBytes: PDF_BYTES.length });
    const download = await app().inject(material.url);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(
      "filename*=UTF-8''%D0%91%D1%83%D0%BA%D0%BB%D0%B5%D1%82%202027.pdf",
    );
  });

  it('refuses a material without titles, and keeps nothing', async () => {
    const before = await storedFileCount();
    const response = await upload(
      '/api/stands/e050/materials/files',
      {},
      { name: 'a.pdf', type: 'application/pdf', bytes: PDF_BYTES },
    );
    expect(response.statusCode).toBe(400);
    expect(await storedFileCount()).toBe(before);
  });

  it('removes a material and its file, whose address then says it was removed', async () => {
    const before = await storedFileCount();
    const material = MaterialSchema.parse(
      (
        await upload(
          '/api/stands/e050/materials/files',
          { titleRu: 'Схема', titleEn: 'Map' },
          { name: 'map.png', type: 'image/png', bytes: PNG_BYTES },
        )
      ).json(),
    );
    const removed = await app().inject({
      method: 'DELETE',
      url: `/api/stands/e050/materials/${material.id}`,
      headers: auth(staff),
    });
    expect(removed.statusCode).toBe(204);
    expect(await storedFileCount()).toBe(before);
    const download = await app().inject(material.url);
    expect(download.statusCode).toBe(410);
    expect(ProblemSchema.parse(download.json()).title).toBe('Material removed');
  });
});
