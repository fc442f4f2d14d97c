import {
  ChatMessageSchema,
  ExhibitorPageSchema,
  ProblemSchema,
  StaffMemberSchema,
  StandDetailSchema,
} from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { actor, auth } from '../../../test/actors.ts';
import { useTestApp } from '../../../test/testApp.ts';
import type { Session } from '@salon/shared';

const app = useTestApp();
let staff: Session;

beforeAll(async () => {
  staff = await actor(app(), 'exhibitor', 'e040');
});

describe('GET /api/stands/:exhibitorId', () => {
  it('returns the card with products, materials and staff, to anyone', async () => {
    const response = await app().inject('/api/stands/e040');
    expect(response.statusCode).toBe(200);
    const stand = StandDetailSchema.parse(response.json());
    expect(stand.exhibitor.id).toBe('e040');
    expect(stand.staff.map((member) => member.userId)).toContain(staff.user.id);
  });

  it('gives a demo stand its video presentation, poster, captions, products and materials', async () => {
    const stand = StandDetailSchema.parse((await app().inject('/api/stands/e001')).json());
    expect(stand.video?.sources.map((source) => source.type)).toEqual(['video/webm', 'video/mp4']);
    expect(stand.video?.captions.map((track) => track.language).sort()).toEqual(['en', 'ru']);
    expect(stand.products.length).toBeGreaterThan(1);
    expect(stand.materials.length).toBeGreaterThan(0);
    const video = await app().inject({
      url: stand.video?.sources[0]?.url ?? '',
      headers: { range: 'bytes=0-3' },
    });
    expect(video.statusCode).toBe(206);
    expect([...video.rawPayload]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    const captions = await app().inject(stand.video?.captions[0]?.url ?? '');
    expect(captions.body.startsWith('WEBVTT')).toBe(true);
  });

  it('answers 404 for an unknown stand and 400 for a malformed id', async () => {
    expect((await app().inject('/api/stands/e999')).statusCode).toBe(404);
    expect((await app().inject('/api/stands/E%20040')).statusCode).toBe(400);
  });
});

describe('editing the stand', () => {
  it('changes the card everywhere it shows, including directory search', async () => {
    const response = await app().inject({
      method: 'PATCH',
      url: '/api/stands/e040',
      headers: auth(staff),
      payload: { name: { ru: 'Новое имя стенда', en: 'New stand name' } },
    });
    expect(StandDetailSchema.parse(response.json()).exhibitor.name.en).toBe('New stand name');
    const search = ExhibitorPageSchema.parse(
      (await app().inject('/api/exhibitors?q=новое имя стенда')).json(),
    );
    expect(search.items.map((item) => item.id)).toEqual(['e040']);
  });

  it('refuses an empty edit, a bad colour and a javascript: website', async () => {
    for (const payload of [
      {},
      { colors: { primary: 'red', accent: '#000000' } },
      { contacts: { website: 'javascript:alert(1)', email: null, phone: null } },
    ]) {
      const response = await app().inject({
        method: 'PATCH',
        url: '/api/stands/e040',
        headers: auth(staff),
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(ProblemSchema.safeParse(response.json()).success).toBe(true);
    }
  });

  it('replaces products and services in the order given', async () => {
    const products = [
      {
        name: { ru: 'Курс А', en: 'Course A' },
        description: { ru: 'Описание', en: 'Description' },
      },
      {
        name: { ru: 'Курс Б', en: 'Course B' },
        description: { ru: 'Описание', en: 'Description' },
      },
    ];
    const response = await app().inject({
      method: 'PUT',
      url: '/api/stands/e040/products',
      headers: auth(staff),
      payload: { products },
    });
    expect(StandDetailSchema.parse(response.json()).products.map((p) => p.name.en)).toEqual([
      'Course A',
      'Course B',
    ]);
  });

  it('lets staff go on duty, shown as online', async () => {
    const response = await app().inject({
      method: 'PUT',
      url: '/api/stands/e040/staff/me',
      headers: auth(staff),
      payload: { onDuty: true },
    });
    expect(StaffMemberSchema.parse(response.json())).toMatchObject({ onDuty: true, online: true });
    const other = await actor(app(), 'exhibitor', 'e041');
    const refused = await app().inject({
      method: 'PUT',
      url: '/api/stands/e040/staff/me',
      headers: auth(other),
      payload: { onDuty: true },
    });
    expect(refused.statusCode).toBe(403);
  });
});

describe('taking a person off the staff', () => {
  function remove(exhibitorId: string, userId: string, session: Session) {
    return app().inject({
      method: 'DELETE',
      url: `/api/stands/${exhibitorId}/staff/${userId}`,
      headers: auth(session),
    });
  }

  async function staffIds(exhibitorId: string): Promise<string[]> {
    const stand = StandDetailSchema.parse(
      (await app().inject(`/api/stands/${exhibitorId}`)).json(),
    );
    return stand.staff.map((member) => member.userId);
  }

  it('lets staff take a colleague off; the colleague keeps the account as a visitor', async () => {
    const anna = await actor(app(), 'exhibitor', 'e042');
    const boris = await actor(app(), 'exhibitor', 'e042');
    await app().inject({
      method: 'PUT',
      url: '/api/stands/e042/staff/me',
      headers: auth(boris),
      payload: { onDuty: true },
    });
    const response = await remove('e042', boris.user.id, anna);
    expect(response.statusCode).toBe(204);
    expect(await staffIds('e042')).toEqual([anna.user.id]);

    // Boris's session still works, but no longer on the stand.
    const edit = await app().inject({
      method: 'PATCH',
      url: '/api/stands/e042',
      headers: auth(boris),
      payload: { colors: { primary: '#123456', accent: '#654321' } },
    });
    expect(edit.statusCode).toBe(403);
    const chat = await app().inject({
      method: 'POST',
      url: '/api/stands/e042/chat',
      headers: auth(boris),
      payload: { body: 'Теперь я посетитель' },
    });
    expect(chat.statusCode).toBe(201);
    expect(ChatMessageSchema.parse(chat.json()).author.isStaff).toBe(false);
  });

  it('lets staff take themselves off while others stay, but not the last of them', async () => {
    const first = await actor(app(), 'exhibitor', 'e043');
    const second = await actor(app(), 'exhibitor', 'e043');
    expect((await remove('e043', second.user.id, second)).statusCode).toBe(204);
    const last = await remove('e043', first.user.id, first);
    expect(last.statusCode).toBe(409);
    expect(ProblemSchema.parse(last.json()).type).toMatch(/last-staff$/);
    expect(await staffIds('e043')).toEqual([first.user.id]);
  });

  it('lets an organiser take off any staff member, the last one too', async () => {
    const only = await actor(app(), 'exhibitor', 'e044');
    const organiser = await actor(app(), 'organiser');
    expect((await remove('e044', only.user.id, organiser)).statusCode).toBe(204);
    expect(await staffIds('e044')).toEqual([]);
  });

  it('answers 404 for someone who is not on this stand’s staff, and 400 for a malformed id', async () => {
    const organiser = await actor(app(), 'organiser');
    const elsewhere = await actor(app(), 'exhibitor', 'e045');
    const visitor = await actor(app(), 'visitor');
    for (const userId of [elsewhere.user.id, visitor.user.id, organiser.user.id]) {
      const response = await remove('e046', userId, organiser);
      expect(response.statusCode).toBe(404);
    }
    expect(await staffIds('e045')).toEqual([elsewhere.user.id]);
    expect((await remove('e046', 'not-a-uuid', organiser)).statusCode).toBe(400);
  });
});
