import {
  EventDetailSchema,
  EventPageSchema,
  ForumFacetsSchema,
  ProblemSchema,
  SpeakerDetailSchema,
  SpeakerPageSchema,
  type Problem,
} from '@salon/shared';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { expectStatus } from '../../../test/expectStatus.ts';
import { HOSTILE_STRINGS, useTestApp } from '../../../test/testApp.ts';
import { demoFair } from '../../../test/testDatabases.ts';

const app = useTestApp();

function problemOf(response: LightMyRequestResponse, status: number): Problem {
  expectStatus(response, status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  return ProblemSchema.parse(response.json());
}

describe('GET /api/events', () => {
  it('returns the schedule of a day', async () => {
    const response = await app().inject('/api/events?day=2027-04-27&pageSize=100');
    expect(response.statusCode).toBe(200);
    const page = EventPageSchema.parse(response.json());
    expect(page.total).toBe(demoFair.events.filter((e) => e.day === '2027-04-27').length);
    expect(page.items.every((item) => item.day === '2027-04-27')).toBe(true);
  });

  it('filters by phase and by speaker (as a speaker or as the moderator)', async () => {
    const continuation = EventPageSchema.parse(
      (await app().inject('/api/events?phase=continuation&pageSize=100')).json(),
    );
    expect(continuation.total).toBe(
      demoFair.events.filter((e) => e.phase === 'continuation').length,
    );
    expect(continuation.items.every((item) => item.phase === 'continuation')).toBe(true);

    const speakerId = demoFair.events[0]?.moderatorId ?? '';
    const involved = demoFair.events.filter(
      (e) => e.moderatorId === speakerId || e.speakerIds.includes(speakerId),
    );
    const bySpeaker = EventPageSchema.parse(
      (await app().inject(`/api/events?speaker=${speakerId}&pageSize=100`)).json(),
    );
    expect(bySpeaker.items.map((item) => item.id).sort()).toEqual(involved.map((e) => e.id).sort());
  });

  it('serves a repeated request with the same ETag and answers 304 to If-None-Match', async () => {
    const first = await app().inject('/api/events?phase=main');
    const etag = first.headers.etag;
    expect(typeof etag).toBe('string');
    const again = await app().inject({
      url: '/api/events?phase=main',
      headers: { 'if-none-match': String(etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it.each([
    ['a day that is not a date', 'day=tomorrow', 'query.day'],
    ['an impossible date', 'day=2027-02-30', 'query.day'],
    ['an unknown phase', 'phase=afterparty', 'query.phase'],
    ['a page size over the limit', 'pageSize=1000', 'query.pageSize'],
    ['a stage id with markup', 'stage=%3Cscript%3E', 'query.stage'],
  ])('refuses %s', async (_case, query, path) => {
    const response = await app().inject(`/api/events?${query}`);
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).errors?.map((e) => e.path)).toContain(path);
  });

  it.each(HOSTILE_STRINGS)('searches for %j without harm', async (text) => {
    const response = await app().inject({ url: '/api/events', query: { q: text } });
    expect(response.statusCode).toBe(200);
    expect(EventPageSchema.parse(response.json()).total).toBe(0);
  });
});

describe('GET /api/events/:id', () => {
  it('returns an event with its speakers', async () => {
    const sample = demoFair.events[20];
    const response = await app().inject(`/api/events/${sample?.id ?? ''}`);
    expect(response.statusCode).toBe(200);
    expect(EventDetailSchema.parse(response.json()).speakers.length).toBe(
      sample?.speakerIds.length,
    );
  });

  it('answers 404 for an unknown event', async () => {
    const response = await app().inject('/api/events/ev9999');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it.each(HOSTILE_STRINGS)('refuses the id %j with a 400 problem', async (id) => {
    const response = await app().inject(`/api/events/${encodeURIComponent(id)}`);
    expect(problemOf(response, 400).errors?.[0]?.path).toBe('path.id');
  });

  it('answers 404 for a well-formed id that reads like SQL', async () => {
    const problem = problemOf(await app().inject('/api/events/1-or-1-1'), 404);
    expect(problem.detail).toContain('1-or-1-1');
  });
});

describe('GET /api/forum/facets', () => {
  it('lists the days of both phases, the clusters and the stages', async () => {
    const response = await app().inject('/api/forum/facets');
    const facets = ForumFacetsSchema.parse(response.json());
    expect(facets.days[0]?.day).toBe('2027-04-26');
    expect(facets.days.at(-1)?.phase).toBe('continuation');
  });
});

describe('GET /api/speakers', () => {
  it('pages the speakers', async () => {
    const response = await app().inject('/api/speakers?pageSize=100&page=2');
    const page = SpeakerPageSchema.parse(response.json());
    expect(page.items).toHaveLength(100);
    expect(page.total).toBe(demoFair.speakers.length);
  });

  it("returns a speaker's page, and 404 for an unknown one", async () => {
    const sample = demoFair.speakers[0];
    const found = await app().inject(`/api/speakers/${sample?.id ?? ''}`);
    expect(SpeakerDetailSchema.parse(found.json()).name).toEqual(sample?.name);
    const missing = await app().inject('/api/speakers/sp0000');
    expect(missing.statusCode).toBe(404);
  });

  it.each([
    ['a page size over the limit', 'pageSize=101', 'query.pageSize'],
    ['a page size that is not a number', 'pageSize=abc', 'query.pageSize'],
    ['a fractional page', 'page=1.5', 'query.page'],
    ['page 0', 'page=0', 'query.page'],
    ['a negative page', 'page=-2', 'query.page'],
    ['search text given twice', 'q=a&q=b', 'query.q'],
    ['search text over 100 characters', `q=${'a'.repeat(101)}`, 'query.q'],
    ['search text with a line break', 'q=a%0Ab', 'query.q'],
  ])('refuses %s', async (_case, query, path) => {
    const response = await app().inject(`/api/speakers?${query}`);
    expect(problemOf(response, 400).errors?.map((e) => e.path)).toContain(path);
  });

  it.each(HOSTILE_STRINGS)('searches for %j, finds no one and breaks nothing', async (text) => {
    const response = await app().inject({ url: '/api/speakers', query: { q: text } });
    expect(response.statusCode).toBe(200);
    expect(SpeakerPageSchema.parse(response.json())).toMatchObject({ items: [], total: 0 });
    const after = SpeakerPageSchema.parse((await app().inject('/api/speakers')).json());
    expect(after.total).toBe(demoFair.speakers.length);
  });

  it('finds a speaker by surname', async () => {
    const sample = demoFair.speakers[11];
    const surname = sample?.name.ru.split(' ').at(-1) ?? '';
    const response = await app().inject({ url: '/api/speakers', query: { q: surname } });
    const page = SpeakerPageSchema.parse(response.json());
    expect(page.items.map((speaker) => speaker.id)).toContain(sample?.id);
  });

  it.each(HOSTILE_STRINGS)('refuses the speaker id %j with a 400 problem', async (id) => {
    const response = await app().inject(`/api/speakers/${encodeURIComponent(id)}`);
    expect(problemOf(response, 400).errors?.[0]?.path).toBe('path.id');
  });

  it('answers 404 for a well-formed speaker id that reads like SQL', async () => {
    const problem = problemOf(await app().inject('/api/speakers/select-1-from-speakers'), 404);
    expect(problem.detail).toContain('select-1-from-speakers');
  });
});
