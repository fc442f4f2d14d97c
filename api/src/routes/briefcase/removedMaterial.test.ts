/**
 * When an exhibitor removes a material, each visitor who had it keeps a briefcase entry saying
 * so (the title as it was, the stand), which only they can dismiss; its download answers 410.
 */
import {
  BriefcaseItemSchema,
  BriefcasePageSchema,
  MaterialSchema,
  ProblemSchema,
  StandDetailSchema,
  type BriefcaseItem,
  type Session,
} from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { actor, auth, multipart, PDF_BYTES } from '../../../test/actors.ts';
import { guestSession } from '../../../test/sessionsForTests.ts';
import { useTestApp } from '../../../test/testApp.ts';

const STAND = 'e020';
const app = useTestApp();
let staff: Session;

beforeAll(async () => {
  staff = await actor(app(), 'exhibitor', STAND);
});

async function uploadPdf(titleEn: string) {
  const body = await multipart(
    { titleRu: `${titleEn} (рус.)`, titleEn },
    { name: 'prices.pdf', type: 'application/pdf', bytes: PDF_BYTES },
  );
  const response = await app().inject({
    method: 'POST',
    url: `/api/stands/${STAND}/materials/files`,
    payload: body.payload,
    headers: { ...body.headers, ...auth(staff) },
  });
  return MaterialSchema.parse(response.json());
}

async function take(session: Session, materialId: string): Promise<BriefcaseItem> {
  const response = await app().inject({
    method: 'POST',
    url: '/api/briefcase',
    payload: { materialId },
    headers: auth(session),
  });
  return BriefcaseItemSchema.parse(response.json());
}

async function removeFromStand(exhibitorId: string, materialId: string, by: Session) {
  const response = await app().inject({
    method: 'DELETE',
    url: `/api/stands/${exhibitorId}/materials/${materialId}`,
    headers: auth(by),
  });
  expect(response.statusCode).toBe(204);
}

async function briefcase(session: Session): Promise<BriefcaseItem[]> {
  const response = await app().inject({ url: '/api/briefcase', headers: auth(session) });
  return BriefcasePageSchema.parse(response.json()).items;
}

function dismiss(itemId: string, session: Session | null) {
  return app().inject({
    method: 'DELETE',
    url: `/api/briefcase/${itemId}`,
    headers: session ? auth(session) : {},
  });
}

describe('a material the exhibitor removed', () => {
  let owner: Session;
  let otherHolder: Session;
  let url = '';
  let entryId = '';

  beforeAll(async () => {
    owner = await actor(app(), 'visitor');
    otherHolder = await guestSession(app());
    const material = await uploadPdf('Price list 2027');
    url = material.url;
    await take(owner, material.id);
    await take(otherHolder, material.id);
    await removeFromStand(STAND, material.id, staff);
    entryId = (await briefcase(owner))[0]?.id ?? '';
  });

  it('stays in the briefcase, marked removed, with its title and stand as they were', async () => {
    const [entry] = await briefcase(owner);
    expect(entry).toMatchObject({
      exhibitor: { id: STAND },
      material: null,
      contacts: null,
      removedMaterial: {
        kind: 'pdf',
        title: { ru: 'Price list 2027 (рус.)', en: 'Price list 2027' },
      },
    });
    expect(entry?.exhibitor.name.en).toBeTruthy();
    expect(JSON.stringify(entry)).not.toContain('/api/files/');
  });

  it('answers a download of it with a 410 problem saying what happened, not the file', async () => {
    const download = await app().inject(url);
    expect(download.statusCode).toBe(410);
    expect(download.headers['content-type']).toContain('application/problem+json');
    expect(download.headers['content-disposition']).toBeUndefined();
    const problem = ProblemSchema.parse(download.json());
    expect(problem.detail).toContain('The exhibitor removed this material');
    expect(download.body).not.toContain('%PDF');
  });

  it('cannot be taken again', async () => {
    const materialId = url.split('/').pop() ?? '';
    const response = await app().inject({
      method: 'POST',
      url: '/api/briefcase',
      payload: { materialId },
      headers: auth(owner),
    });
    expect(response.statusCode).toBe(404);
  });

  it.each([
    ['another registered visitor', () => actor(app(), 'visitor')],
    ['a guest', () => guestSession(app())],
    ['the stand’s own staff', () => Promise.resolve(staff)],
  ])('is not dismissed by %s (404), and nothing changes', async (_who, who) => {
    const before = await briefcase(owner);
    const response = await dismiss(entryId, await who());
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await briefcase(owner)).toEqual(before);
  });

  it('is not dismissed without a session (401), and nothing changes', async () => {
    const before = await briefcase(owner);
    expect((await dismiss(entryId, null)).statusCode).toBe(401);
    expect(await briefcase(owner)).toEqual(before);
  });

  it('is dismissed by its owner, and then gone, while another visitor still has theirs', async () => {
    expect((await dismiss(entryId, owner)).statusCode).toBe(204);
    expect(await briefcase(owner)).toEqual([]);
    expect((await dismiss(entryId, owner)).statusCode).toBe(404);
    const others = await briefcase(otherHolder);
    expect(others.map((item) => item.removedMaterial?.title.en)).toEqual(['Price list 2027']);
  });
});

describe('a demo fair material the exhibitor removed', () => {
  it('answers 410 although its bytes stay among the demo assets', async () => {
    const exhibitorId = 'e010';
    const stand = StandDetailSchema.parse(
      (await app().inject(`/api/stands/${exhibitorId}`)).json(),
    );
    const pdf = stand.materials.find((material) => material.kind === 'pdf');
    if (!pdf) throw new Error(`${exhibitorId} has no PDF material in the demo fair`);
    expect((await app().inject(pdf.url)).statusCode).toBe(200);
    const visitor = await guestSession(app());
    await take(visitor, pdf.id);

    await removeFromStand(exhibitorId, pdf.id, await actor(app(), 'exhibitor', exhibitorId));
    const download = await app().inject(pdf.url);
    expect(download.statusCode).toBe(410);
    expect(download.headers['content-type']).toContain('application/problem+json');
    expect((await briefcase(visitor))[0]?.removedMaterial?.title).toEqual(pdf.title);
  });
});
