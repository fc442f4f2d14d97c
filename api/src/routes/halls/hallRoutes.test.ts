import {
  HallListSchema,
  ProblemSchema,
  PublishedLayoutSchema,
  ValidateLayoutResultSchema,
  type HallLayout,
} from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { expectStatus } from '../../../test/expectStatus.ts';
import { HOSTILE_STRINGS, useTestApp } from '../../../test/testApp.ts';
import { demoFair } from '../../../test/testDatabases.ts';

const app = useTestApp();

describe('GET /api/halls', () => {
  it('lists both halls with their published version and stand count', async () => {
    const response = await app().inject('/api/halls');
    const halls = HallListSchema.parse(response.json());
    expect(halls.map((hall) => hall.id)).toEqual(demoFair.halls.map(({ hall }) => hall.id));
    for (const hall of halls) {
      const source = demoFair.halls.find((entry) => entry.hall.id === hall.id);
      expect(hall.publishedVersion).toBe(1);
      expect(hall.standCount).toBe(source?.layout.stands.length);
    }
  });
});

describe('GET /api/halls/:hallId/layout', () => {
  it('returns the published layout exactly as seeded', async () => {
    const source = demoFair.halls[0];
    if (!source) throw new Error('The demo fair has no halls');
    const response = await app().inject(`/api/halls/${source.hall.id}/layout`);
    expect(response.statusCode).toBe(200);
    const published = PublishedLayoutSchema.parse(response.json());
    const byId = <T extends { id: string }>(items: T[]) =>
      [...items].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(published.layout.stands)).toEqual(byId(source.layout.stands));
    expect(byId(published.layout.alleys)).toEqual(byId(source.layout.alleys));
    expect(byId(published.layout.screens)).toEqual(byId(source.layout.screens));
    expect(byId(published.layout.spawnPoints)).toEqual(byId(source.layout.spawnPoints));
    expect(published.floor).toEqual(source.hall.floor);
  });

  it('answers 404 for an unknown hall and 400 for a malformed id', async () => {
    expect((await app().inject('/api/halls/hall-99/layout')).statusCode).toBe(404);
    const malformed = await app().inject('/api/halls/Hall%201/layout');
    expect(malformed.statusCode).toBe(400);
    expect(ProblemSchema.parse(malformed.json()).errors?.[0]?.path).toBe('path.hallId');
  });

  it.each(HOSTILE_STRINGS)('refuses the hall id %j with a 400 problem', async (hallId) => {
    const response = await app().inject(`/api/halls/${encodeURIComponent(hallId)}/layout`);
    expectStatus(response, 400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(ProblemSchema.parse(response.json()).errors?.[0]?.path).toBe('path.hallId');
  });

  it('answers 404 with a problem for a well-formed hall id that reads like SQL', async () => {
    const response = await app().inject('/api/halls/hall-1-or-1-1/layout');
    expectStatus(response, 404);
    expect(ProblemSchema.parse(response.json()).detail).toContain('hall-1-or-1-1');
  });
});

describe('POST /api/layouts/validate', () => {
  const floor = { width: 40, depth: 20 };
  const alley = {
    id: 'a1',
    topicCode: null,
    from: { x: 0, y: 10 },
    to: { x: 40, y: 10 },
    width: 4,
  };
  const stand = (id: string, x: number) => ({
    id,
    exhibitorId: 'e001',
    x,
    y: 14.5,
    width: 6,
    depth: 5,
    facing: 'south' as const,
  });

  it('accepts a valid layout', async () => {
    const layout: HallLayout = {
      stands: [stand('s1', 5), stand('s2', 12)],
      alleys: [alley],
      screens: [],
      spawnPoints: [{ id: 'p1', x: 2, y: 10 }],
    };
    const response = await app().inject({
      method: 'POST',
      url: '/api/layouts/validate',
      payload: { floor, layout },
    });
    expect(response.statusCode).toBe(200);
    expect(ValidateLayoutResultSchema.parse(response.json())).toEqual({ valid: true, issues: [] });
  });

  it('reports overlapping stands by id', async () => {
    const layout = {
      stands: [stand('s1', 5), stand('s2', 8)],
      alleys: [alley],
      screens: [],
      spawnPoints: [],
    };
    const response = await app().inject({
      method: 'POST',
      url: '/api/layouts/validate',
      payload: { floor, layout },
    });
    const result = ValidateLayoutResultSchema.parse(response.json());
    expect(result.valid).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: 'standOverlap', ids: ['s1', 's2'] }),
    );
  });

  it('refuses a stand with a wrong type with the path of the field', async () => {
    const layout = {
      stands: [{ ...stand('s1', 5), x: 'five' }],
      alleys: [alley],
      screens: [],
      spawnPoints: [],
    };
    const response = await app().inject({
      method: 'POST',
      url: '/api/layouts/validate',
      payload: { floor, layout },
    });
    expect(response.statusCode).toBe(400);
    expect(ProblemSchema.parse(response.json()).errors?.[0]?.path).toBe('body.layout.stands.0.x');
  });

  it('refuses malformed JSON and a non-JSON body with a problem', async () => {
    const broken = await app().inject({
      method: 'POST',
      url: '/api/layouts/validate',
      headers: { 'content-type': 'application/json' },
      payload: '{"floor": ',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.headers['content-type']).toContain('application/problem+json');
    const text = await app().inject({
      method: 'POST',
      url: '/api/layouts/validate',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(text.statusCode).toBe(415);
  });

  it('refuses an oversize body with 413', async () => {
    const payload = JSON.stringify({
      floor,
      layout: {
        stands: [],
        alleys: [],
        screens: [],
        spawnPoints: [],
        pad: 'x'.repeat(3 * 1024 * 1024),
      },
    });
    const response = await app().inject({
      method: 'POST',
      url: '/api/layouts/validate',
      headers: { 'content-type': 'application/json' },
      payload,
    });
    expect(response.statusCode).toBe(413);
    expect(ProblemSchema.parse(response.json()).title).toBe('Request body too large');
  });
});
