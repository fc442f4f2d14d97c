import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  AlleySchema,
  HallFloorSchema,
  HallLayoutSchema,
  HallSchema,
  ScreenSchema,
  SpawnPointSchema,
  StandSchema,
} from './hallLayout.ts';
import { alley, realisticLayout, spawn, stand } from './testLayouts.ts';

const validStand = stand('s1', 10, 10, 'south');
const validAlley = { ...alley('a1', [0, 5], [40, 5], 4), topicCode: 'school' };
const validScreen = { id: 'screen-1', stageId: 'stage-1', x: 20, y: 19, width: 8, facing: 'south' };

/** The dotted paths of the fields a schema refuses in `value`, each once; [] if it parses. */
function refusedPaths(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return [...new Set(result.error.issues.map((issue) => issue.path.join('.')))];
}

describe('HallLayoutSchema', () => {
  it('parses a realistic layout unchanged', () => {
    const hall = realisticLayout();
    expect(HallLayoutSchema.parse(hall)).toEqual(hall);
  });

  it('parses an empty hall', () => {
    const empty = { stands: [], alleys: [], screens: [], spawnPoints: [] };
    expect(HallLayoutSchema.parse(empty)).toEqual(empty);
  });

  it('refuses a layout with a collection missing or of the wrong type', () => {
    expect(refusedPaths(HallLayoutSchema, { stands: [], alleys: [], screens: [] })).toEqual([
      'spawnPoints',
    ]);
    expect(
      refusedPaths(HallLayoutSchema, { stands: {}, alleys: [], screens: [], spawnPoints: [] }),
    ).toEqual(['stands']);
  });

  it('names the path of a bad field deep inside the layout', () => {
    const hall = realisticLayout();
    const broken = { ...hall, stands: hall.stands.map((s, k) => (k === 3 ? { ...s, x: '5' } : s)) };
    expect(refusedPaths(HallLayoutSchema, broken)).toEqual(['stands.3.x']);
  });

  it('refuses more stands than a hall can hold', () => {
    const crowded = {
      stands: Array.from({ length: 5001 }, (_, k) => stand(`s${k}`, 0, 0)),
      alleys: [],
      screens: [],
      spawnPoints: [],
    };
    expect(refusedPaths(HallLayoutSchema, crowded)).toEqual(['stands']);
  });

  it('drops fields it does not know instead of keeping them', () => {
    const parsed = HallLayoutSchema.parse({
      stands: [{ ...validStand, kind: 'pavilion' }],
      alleys: [],
      screens: [],
      spawnPoints: [],
      extra: true,
    });
    expect(parsed).toEqual({ stands: [validStand], alleys: [], screens: [], spawnPoints: [] });
  });
});

describe('StandSchema', () => {
  it('parses a valid stand', () => {
    expect(StandSchema.parse(validStand)).toEqual(validStand);
  });

  it.each([
    ['a coordinate given as a string', { x: '10' }, 'x'],
    ['a coordinate that is not a number', { y: Number.NaN }, 'y'],
    ['an infinite coordinate', { x: Number.POSITIVE_INFINITY }, 'x'],
    ['a coordinate beyond 2 km', { x: 2000.5 }, 'x'],
    ['a negative width', { width: -4 }, 'width'],
    ['a zero depth', { depth: 0 }, 'depth'],
    ['a stand wider than 40 m', { width: 41 }, 'width'],
    ['an unknown facing', { facing: 'up' }, 'facing'],
    ['a facing in capitals', { facing: 'North' }, 'facing'],
    ['an id with markup', { id: '<b>s1</b>' }, 'id'],
    ['an id that reads like SQL', { id: "s1' OR 1=1 --" }, 'id'],
    ['an empty exhibitor id', { exhibitorId: '' }, 'exhibitorId'],
    ['a missing exhibitor', { exhibitorId: undefined }, 'exhibitorId'],
  ])('refuses %s', (_case, change, path) => {
    expect(refusedPaths(StandSchema, { ...validStand, ...change })).toEqual([path]);
  });

  it('accepts negative coordinates within bounds (validateLayout judges the floor)', () => {
    expect(StandSchema.safeParse({ ...validStand, x: -3 }).success).toBe(true);
  });
});

describe('AlleySchema', () => {
  it('parses a themed alley and a connecting one', () => {
    expect(AlleySchema.parse(validAlley)).toEqual(validAlley);
    expect(AlleySchema.parse({ ...validAlley, topicCode: null }).topicCode).toBeNull();
  });

  it.each([
    ['an end point without y', { to: { x: 40 } }, 'to.y'],
    ['an end point given as an array', { from: [0, 5] }, 'from'],
    ['a negative width', { width: -1 }, 'width'],
    ['a width over 30 m', { width: 31 }, 'width'],
    ['a topic code in capitals', { topicCode: 'School' }, 'topicCode'],
    ['a missing topic code (null is how to say none)', { topicCode: undefined }, 'topicCode'],
  ])('refuses %s', (_case, change, path) => {
    expect(refusedPaths(AlleySchema, { ...validAlley, ...change })).toEqual([path]);
  });
});

describe('ScreenSchema', () => {
  it('parses a valid screen', () => {
    expect(ScreenSchema.parse(validScreen)).toEqual(validScreen);
  });

  it.each([
    ['a stage id with markup', { stageId: '<script>' }, 'stageId'],
    ['a zero width', { width: 0 }, 'width'],
    ['an unknown facing', { facing: 'ceiling' }, 'facing'],
  ])('refuses %s', (_case, change, path) => {
    expect(refusedPaths(ScreenSchema, { ...validScreen, ...change })).toEqual([path]);
  });
});

describe('SpawnPointSchema', () => {
  it('parses a spawn point and refuses one with a coordinate out of range', () => {
    expect(SpawnPointSchema.parse(spawn('p1', 2, 3))).toEqual(spawn('p1', 2, 3));
    expect(refusedPaths(SpawnPointSchema, spawn('p1', 2, -2001))).toEqual(['y']);
  });
});

describe('HallFloorSchema', () => {
  it('parses a floor and refuses a negative, zero or oversized one', () => {
    expect(HallFloorSchema.parse({ width: 160, depth: 80 })).toEqual({ width: 160, depth: 80 });
    expect(refusedPaths(HallFloorSchema, { width: -160, depth: 80 })).toEqual(['width']);
    expect(refusedPaths(HallFloorSchema, { width: 160, depth: 0 })).toEqual(['depth']);
    expect(refusedPaths(HallFloorSchema, { width: 2001, depth: 80 })).toEqual(['width']);
  });
});

describe('HallSchema', () => {
  const hall = { id: 'hall-1', name: { ru: 'Зал 1', en: 'Hall 1' }, floor: { width: 1, depth: 1 } };

  it('parses a hall and refuses one without an English name', () => {
    expect(HallSchema.parse(hall)).toEqual(hall);
    expect(refusedPaths(HallSchema, { ...hall, name: { ru: 'Зал 1', en: '' } })).toEqual([
      'name.en',
    ]);
  });
});
