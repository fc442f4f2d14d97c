import { describe, expect, it } from 'vitest';
import type { HallFloor, HallLayout, Stand } from './hallLayout.ts';
import { LAYOUT_ISSUE_CODES, type LayoutIssue } from './layoutIssue.ts';
import { alley, layout, REALISTIC_FLOOR, realisticLayout, spawn, stand } from './testLayouts.ts';
import { BLOCK_TOLERANCE, ENTRANCE_REACH, validateLayout } from './validateLayout.ts';

const floor: HallFloor = { width: 100, depth: 60 };
// A 4 m wide east-west alley along y = 30: its corridor spans y 28–32.
const main = alley('main', [0, 30], [100, 30], 4);
// Stands whose north side touches the corridor edge and whose entrance is inside it.
const southOfMain = (id: string, x: number): Stand => stand(id, x, 26, 'north');

function codes(issues: readonly LayoutIssue[]): string[] {
  return issues.map((found) => found.code);
}

function check(parts: Partial<HallLayout>, onFloor: HallFloor = floor): LayoutIssue[] {
  return validateLayout(onFloor, layout(parts));
}

describe('validateLayout', () => {
  it('accepts an empty hall', () => {
    expect(check({})).toEqual([]);
  });

  it('accepts a single alley with a spawn point on it', () => {
    expect(check({ alleys: [main], spawnPoints: [spawn('p1', 50, 31)] })).toEqual([]);
  });

  it('accepts a realistic 160 × 80 hall of themed alleys lined with stands', () => {
    const hall = realisticLayout();
    expect(hall.stands.length).toBeGreaterThan(200);
    expect(validateLayout(REALISTIC_FLOOR, hall)).toEqual([]);
  });

  it('reports an id used twice within one collection, once', () => {
    const issues = check({
      alleys: [main],
      stands: [southOfMain('s1', 10), southOfMain('s1', 20), southOfMain('s1', 30)],
    });
    expect(issues).toEqual([
      { code: 'duplicateId', message: 'Stand id s1 is used 3 times', ids: ['s1'] },
    ]);
  });

  it('allows the same id in different collections', () => {
    expect(check({ alleys: [main], stands: [southOfMain('main', 10)] })).toEqual([]);
  });

  it('reports a stand that pokes beyond the floor', () => {
    const issues = check({ alleys: [main], stands: [southOfMain('s1', 1)] });
    expect(issues).toEqual([
      { code: 'standOffFloor', message: 'Stand s1 extends beyond the hall floor', ids: ['s1'] },
    ]);
  });

  it('accepts a stand flush with the floor edge', () => {
    expect(check({ alleys: [main], stands: [southOfMain('s1', 2)] })).toEqual([]);
  });

  it('reports overlapping stands once per pair, naming both', () => {
    const issues = check({
      alleys: [main],
      stands: [southOfMain('s1', 10), southOfMain('s2', 13)],
    });
    expect(issues).toEqual([
      { code: 'standOverlap', message: 'Stands s1 and s2 overlap', ids: ['s1', 's2'] },
    ]);
  });

  it('accepts stands that touch along an edge', () => {
    const row = [10, 14, 18, 22].map((x, i) => southOfMain(`s${i}`, x));
    expect(check({ alleys: [main], stands: row })).toEqual([]);
  });

  it('reports every overlapping pair in input order, including a stand inside another', () => {
    const issues = check({
      alleys: [main],
      stands: [
        stand('big', 20, 24, 'north', 8, 8),
        southOfMain('s2', 50),
        stand('inner', 20, 24, 'north', 2, 2),
        southOfMain('s4', 23),
      ],
    });
    const overlaps = issues.filter((found) => found.code === 'standOverlap');
    expect(overlaps.map((found) => found.ids)).toEqual([
      ['big', 'inner'],
      ['big', 's4'],
    ]);
  });

  it('reports a stand that intrudes into an alley corridor', () => {
    const issues = check({ alleys: [main], stands: [stand('s1', 10, 27, 'north')] });
    expect(issues).toEqual([
      { code: 'standBlocksAlley', message: 'Stand s1 blocks alley main', ids: ['s1', 'main'] },
    ]);
  });

  it('reports a stand standing on the centre line of an alley', () => {
    const issues = check({ alleys: [main], stands: [stand('s1', 10, 30, 'north', 2, 2)] });
    expect(codes(issues)).toEqual(['standBlocksAlley']);
  });

  it('tolerates a stand reaching less than a centimetre into a corridor', () => {
    const within = stand('s1', 10, 26 + BLOCK_TOLERANCE / 2, 'north');
    const beyond = stand('s2', 20, 26 + BLOCK_TOLERANCE * 2, 'north');
    expect(check({ alleys: [main], stands: [within, beyond] }).map((found) => found.ids)).toEqual([
      ['s2', 'main'],
    ]);
  });

  it('reports a stand whose entrance faces away from every alley', () => {
    const issues = check({ alleys: [main], stands: [stand('s1', 10, 26, 'south')] });
    expect(issues).toEqual([
      { code: 'standUnreachable', message: 'Stand s1 has no alley at its entrance', ids: ['s1'] },
    ]);
  });

  it('reaches a stand set back from the corridor until its entrance is half a metre outside it', () => {
    // Entrance 1 m in front of the north side; the corridor edge is at y = 28.
    const setBack = (id: string, x: number, gap: number) => stand(id, x, 26 - gap, 'north');
    const reachable = setBack('near', 10, 1 + ENTRANCE_REACH);
    const unreachable = setBack('far', 20, 1 + ENTRANCE_REACH + 0.1);
    expect(check({ alleys: [main], stands: [reachable, unreachable] })).toEqual([
      { code: 'standUnreachable', message: 'Stand far has no alley at its entrance', ids: ['far'] },
    ]);
  });

  it('reaches a stand through any alley, not only the one nearest its entrance', () => {
    // The entrance (10, 29) is nearest the narrow alley's line but inside only the wide corridor.
    const narrow = alley('narrow', [0, 27], [100, 27], 1);
    const wide = alley('wide', [10, 31], [60, 31], 6);
    const joined = alley('link', [0, 27], [0, 31], 1);
    const entranceAt29 = stand('s1', 10, 24.5, 'north', 2, 3);
    const issues = check({ alleys: [narrow, wide, joined], stands: [entranceAt29] });
    expect(codes(issues)).not.toContain('standUnreachable');
  });

  it('reports an alley whose endpoint lies outside the floor', () => {
    const issues = check({ alleys: [alley('long', [0, 30], [101, 30])] });
    expect(issues).toEqual([
      { code: 'alleyOffFloor', message: 'Alley long runs beyond the hall floor', ids: ['long'] },
    ]);
  });

  it('reports two disconnected alleys once, naming the smaller group', () => {
    const issues = check({
      alleys: [alley('lonely', [10, 5], [20, 5]), main, alley('branch', [50, 30], [50, 55])],
    });
    expect(issues).toEqual([
      {
        code: 'alleysDisconnected',
        message: 'Alley lonely is not connected to the main alley network',
        ids: ['lonely'],
      },
    ]);
  });

  it('names every alley outside the largest group when there are several', () => {
    const issues = check({
      alleys: [main, alley('x', [10, 5], [20, 5]), alley('y', [10, 50], [20, 50])],
    });
    expect(issues).toEqual([
      {
        code: 'alleysDisconnected',
        message: 'Alleys x, y are not connected to the main alley network',
        ids: ['x', 'y'],
      },
    ]);
  });

  it('treats T-junctions and crossings as connected', () => {
    const issues = check({
      alleys: [
        main,
        alley('t-north', [20, 31.5], [20, 55]),
        alley('t-south', [40, 5], [40, 29]),
        alley('crossing', [70, 5], [70, 55]),
      ],
    });
    expect(issues).toEqual([]);
  });

  it('reports a screen whose panel runs past the floor edge', () => {
    const issues = check({
      screens: [
        { id: 'ok', stageId: 'st', x: 50, y: 59, width: 20, facing: 'south' },
        { id: 'tall', stageId: 'st', x: 99, y: 55, width: 20, facing: 'west' },
      ],
    });
    expect(issues).toEqual([
      {
        code: 'screenOffFloor',
        message: 'Screen tall extends beyond the hall floor',
        ids: ['tall'],
      },
    ]);
  });

  it('reports a spawn point outside every alley corridor but accepts one on the edge', () => {
    const issues = check({
      alleys: [main],
      spawnPoints: [spawn('edge', 50, 32), spawn('off', 50, 33)],
    });
    expect(issues).toEqual([
      { code: 'spawnOffAlley', message: 'Spawn point off is not on an alley', ids: ['off'] },
    ]);
  });

  it('reports stands without alleys once, instead of each stand as unreachable', () => {
    const issues = check({ stands: [southOfMain('s1', 10), southOfMain('s2', 20)] });
    expect(issues).toEqual([
      { code: 'noAlleys', message: 'The hall has stands but no alleys to reach them', ids: [] },
    ]);
  });

  it('lists issues grouped by code in the order of LAYOUT_ISSUE_CODES, the same every time', () => {
    const messy = layout({
      stands: [
        stand('a', 10, 30, 'north', 2, 2),
        southOfMain('b', 99),
        southOfMain('b', 40),
        southOfMain('c', 41),
        stand('d', 70, 10, 'south'),
      ],
      alleys: [main, alley('stray', [10, 5], [20, -1])],
      screens: [{ id: 'sc', stageId: 'st', x: 50, y: 59, width: 20, facing: 'east' }],
      spawnPoints: [spawn('p', 5, 50)],
    });
    const issues = validateLayout(floor, messy);
    const found = codes(issues);
    expect(found).toEqual([
      'duplicateId',
      'standOffFloor',
      'standOverlap',
      'standBlocksAlley',
      'standUnreachable',
      'alleyOffFloor',
      'alleysDisconnected',
      'screenOffFloor',
      'spawnOffAlley',
    ]);
    expect(found).toEqual([...found].sort((p, q) => rank(p) - rank(q)));
    expect(validateLayout(floor, messy)).toEqual(issues);
  });

  it('checks 5000 stands in touching rows and finds the one overlapping pair', () => {
    // 50 rows of 100 stands, 2 × 2 m, each row facing a 2 m alley to its north; a spine joins them.
    const stands: Stand[] = [];
    const alleys = [];
    for (let row = 0; row < 50; row += 1) {
      const y = 1 + row * 4;
      for (let k = 0; k < 100; k += 1)
        stands.push(stand(`r${row}-${k}`, 2 + k * 2, y, 'north', 2, 2));
      alleys.push(alley(`a${row}`, [0, y + 2], [202, y + 2], 2));
    }
    alleys.push(alley('spine', [0, 3], [0, 199], 2));
    stands.push(stand('intruder', 101.5, 101, 'north', 2, 2));
    const issues = validateLayout({ width: 202, depth: 200 }, layout({ stands, alleys }));
    expect(issues).toEqual([
      {
        code: 'standOverlap',
        message: 'Stands r25-49 and intruder overlap',
        ids: ['r25-49', 'intruder'],
      },
      {
        code: 'standOverlap',
        message: 'Stands r25-50 and intruder overlap',
        ids: ['r25-50', 'intruder'],
      },
    ]);
  });
});

function rank(code: string): number {
  return LAYOUT_ISSUE_CODES.findIndex((known) => known === code);
}
