import {
  ProblemSchema,
  WebinarListSchema,
  WebinarPageSchema,
  WebinarSchema,
  type Session,
} from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { auth, standActors, type StandActors } from '../../../test/actors.ts';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp({ livekit: null });
let actors: StandActors;

const input = (title: string, startsAt = '2027-04-30T12:00:00+03:00') => ({
  title: { ru: title, en: `${title} (en)` },
  description: { ru: 'Описание вебинара', en: 'About the webinar' },
  startsAt,
  durationMinutes: 45,
  language: 'ru',
});

function schedule(body: unknown, session: Session | null, exhibitorId = 'e001') {
  return app().inject({
    method: 'POST',
    url: `/api/stands/${exhibitorId}/webinars`,
    headers: session ? auth(session) : {},
    payload: body as object,
  });
}

function expectFormatProblem(response: Awaited<ReturnType<typeof schedule>>) {
  expect(response.statusCode).toBe(400);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(ProblemSchema.parse(response.json()).errors?.map((error) => error.path)).toContain(
    'body.format',
  );
}

beforeAll(async () => {
  actors = await standActors(app(), 'e001', 'e002');
});

describe('scheduling webinars', () => {
  it("shows a scheduled webinar on the stand and in the fair schedule, under the stand's topics", async () => {
    const created = await schedule(input('Цифровые уроки'), actors.own);
    expect(created.statusCode).toBe(201);
    const webinar = WebinarSchema.parse(created.json());
    expect(webinar).toMatchObject({
      exhibitorId: 'e001',
      status: 'scheduled',
      durationMinutes: 45,
      format: 'webinar',
    });
    expect(webinar.topicCodes.length).toBeGreaterThan(0);

    const stand = WebinarListSchema.parse((await app().inject('/api/stands/e001/webinars')).json());
    expect(stand.items.map((item) => item.id)).toContain(webinar.id);
    const topic = webinar.topicCodes[0] ?? '';
    const fair = WebinarPageSchema.parse(
      (
        await app().inject(
          `/api/webinars?topic=${topic}&from=2027-04-30T00:00:00Z&to=2027-05-01T00:00:00Z`,
        )
      ).json(),
    );
    expect(fair.items.map((item) => item.id)).toContain(webinar.id);
  });

  it('schedules a master class, which comes back as one on the stand and in the fair schedule', async () => {
    const created = await schedule({ ...input('Мастер-класс'), format: 'masterClass' }, actors.own);
    expect(created.statusCode).toBe(201);
    const masterClass = WebinarSchema.parse(created.json());
    expect(masterClass.format).toBe('masterClass');
    expect(
      WebinarSchema.parse((await app().inject(`/api/webinars/${masterClass.id}`)).json()).format,
    ).toBe('masterClass');
    const stand = WebinarListSchema.parse((await app().inject('/api/stands/e001/webinars')).json());
    expect(stand.items.find((item) => item.id === masterClass.id)?.format).toBe('masterClass');
    const fair = WebinarPageSchema.parse(
      (
        await app().inject('/api/webinars?from=2027-04-30T00:00:00Z&to=2027-05-01T00:00:00Z')
      ).json(),
    );
    expect(fair.items.find((item) => item.id === masterClass.id)?.format).toBe('masterClass');
  });

  it('keeps the format through a change of something else, and changes it when asked', async () => {
    const created = await schedule({ ...input('Формат'), format: 'masterClass' }, actors.own);
    const { id } = WebinarSchema.parse(created.json());
    const patch = (payload: object) =>
      app().inject({
        method: 'PATCH',
        url: `/api/stands/e001/webinars/${id}`,
        headers: auth(actors.own),
        payload,
      });
    expect(WebinarSchema.parse((await patch({ durationMinutes: 90 })).json()).format).toBe(
      'masterClass',
    );
    expect(WebinarSchema.parse((await patch({ format: 'webinar' })).json()).format).toBe('webinar');
  });

  it('refuses a format it does not know as problem+json, and schedules nothing', async () => {
    const titles = async () =>
      WebinarListSchema.parse((await app().inject('/api/stands/e001/webinars')).json()).items.map(
        (item) => item.title.ru,
      );
    const response = await schedule({ ...input('Лекция'), format: 'lecture' }, actors.own);
    expectFormatProblem(response);
    expect(await titles()).not.toContain('Лекция');
  });

  it('refuses changing to a format it does not know, and keeps the one it had', async () => {
    const webinar = WebinarSchema.parse(
      (await schedule({ ...input('Практикум'), format: 'masterClass' }, actors.own)).json(),
    );
    const response = await app().inject({
      method: 'PATCH',
      url: `/api/stands/e001/webinars/${webinar.id}`,
      headers: auth(actors.own),
      payload: { format: 'lecture' },
    });
    expectFormatProblem(response);
    expect(
      WebinarSchema.parse((await app().inject(`/api/webinars/${webinar.id}`)).json()).format,
    ).toBe('masterClass');
  });

  it('lets the staff change and cancel it', async () => {
    const webinar = WebinarSchema.parse((await schedule(input('Перенос'), actors.own)).json());
    const moved = await app().inject({
      method: 'PATCH',
      url: `/api/stands/e001/webinars/${webinar.id}`,
      headers: auth(actors.own),
      payload: { startsAt: '2027-05-02T15:00:00+03:00' },
    });
    expect(WebinarSchema.parse(moved.json()).startsAt).toBe('2027-05-02T12:00:00.000Z');
    const cancelled = await app().inject({
      method: 'DELETE',
      url: `/api/stands/e001/webinars/${webinar.id}`,
      headers: auth(actors.own),
    });
    expect(cancelled.statusCode).toBe(204);
    expect((await app().inject(`/api/webinars/${webinar.id}`)).statusCode).toBe(404);
  });

  it.each([
    ['staff of another stand', 'otherExhibitor', 403],
    ['a visitor', 'visitor', 403],
    ['a guest', 'guest', 403],
  ] as const)(
    'refuses %s scheduling, changing or cancelling, and changes nothing',
    async (_who, key, status) => {
      const webinar = WebinarSchema.parse((await schedule(input('Чужой'), actors.own)).json());
      expect((await schedule(input('Нельзя'), actors[key])).statusCode).toBe(status);
      const patch = await app().inject({
        method: 'PATCH',
        url: `/api/stands/e001/webinars/${webinar.id}`,
        headers: auth(actors[key]),
        payload: { durationMinutes: 60 },
      });
      expect(patch.statusCode).toBe(status);
      const remove = await app().inject({
        method: 'DELETE',
        url: `/api/stands/e001/webinars/${webinar.id}`,
        headers: auth(actors[key]),
      });
      expect(remove.statusCode).toBe(status);
      expect(
        WebinarSchema.parse((await app().inject(`/api/webinars/${webinar.id}`)).json())
          .durationMinutes,
      ).toBe(45);
    },
  );

  it('refuses scheduling without a session', async () => {
    expect((await schedule(input('Аноним'), null)).statusCode).toBe(401);
  });

  it('lets an organiser schedule for a stand', async () => {
    expect((await schedule(input('От организатора'), actors.organiser, 'e002')).statusCode).toBe(
      201,
    );
  });

  it.each([
    ['a duration of 5 minutes', { ...input('x'), durationMinutes: 5 }, 'body.durationMinutes'],
    ['a start that is not a date', { ...input('x'), startsAt: 'tomorrow' }, 'body.startsAt'],
    ['a language other than ru or en', { ...input('x'), language: 'de' }, 'body.language'],
    ['no English title', { ...input('x'), title: { ru: 'Только русский' } }, 'body.title.en'],
  ])('refuses %s', async (_case, body, path) => {
    const response = await schedule(body, actors.own);
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).errors?.map((error) => error.path)).toContain(path);
  });

  it('moves a stand’s webinar to another stand only through its own url', async () => {
    const webinar = WebinarSchema.parse((await schedule(input('Своё'), actors.own)).json());
    const viaOther = await app().inject({
      method: 'DELETE',
      url: `/api/stands/e002/webinars/${webinar.id}`,
      headers: auth(actors.otherExhibitor),
    });
    expect(viaOther.statusCode).toBe(404);
    expect((await app().inject(`/api/webinars/${webinar.id}`)).statusCode).toBe(200);
  });
});
