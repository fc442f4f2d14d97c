import { describe, expect, it } from 'vitest';
import { createRibbonBuffers, pathProgress, writeRibbon, type PathProgress } from './pathRibbon.ts';

const progress = (): PathProgress => ({ segment: 0, x: 0, y: 0, along: 0 });
// Floor → "world" as plain (x, 0, y), enough to check the ribbon's shape.
const place = (x: number, y: number, target: Float32Array, offset: number) => {
  target[offset] = x;
  target[offset + 1] = 0;
  target[offset + 2] = y;
};
const L = [
  { x: 0, y: 0 },
  { x: 10, y: 0 },
  { x: 10, y: 10 },
];

describe('pathProgress', () => {
  it('finds the nearest point and how far along the path it is', () => {
    const at = pathProgress(L, 10.4, 3, 0, progress());
    expect(at).toEqual({ segment: 1, x: 10, y: 3, along: 13 });
  });

  it('does not go back to segments before `from`', () => {
    const path = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 0, y: 0.5 },
    ];
    expect(pathProgress(path, 2, 0.1, 1, progress()).segment).toBe(1);
  });
});

describe('writeRibbon', () => {
  it('runs from the avatar to the end with a constant width through the corner', () => {
    const buffers = createRibbonBuffers(16);
    const at = pathProgress(L, 5, 0.2, 0, progress());
    const count = writeRibbon(L, at, 0.5, buffers, place);
    expect(count).toBe(3);
    const p = Array.from(buffers.positions.slice(0, count * 6)).map(
      (v) => Math.round(v * 1000) / 1000,
    );
    // Start at (5, 0): left (5, 0.5), right (5, -0.5).
    expect(p.slice(0, 6)).toEqual([5, 0, 0.5, 5, 0, -0.5]);
    // The corner's mitre keeps both edges half a metre from each segment.
    expect(p.slice(6, 12)).toEqual([9.5, 0, 0.5, 10.5, 0, -0.5]);
    expect(p.slice(12, 18)).toEqual([9.5, 0, 10, 10.5, 0, 10]);
    // u is metres from the path's start: 5, 10, 20.
    expect([buffers.uvs[0], buffers.uvs[4], buffers.uvs[8]]).toEqual([5, 10, 20]);
  });

  it('skips repeated points and stops at the buffer capacity', () => {
    const path = [L[0], L[0], L[1], L[1], L[2]].flatMap((p) => (p ? [p] : []));
    expect(
      writeRibbon(
        path,
        pathProgress(path, 0, 0, 0, progress()),
        0.5,
        createRibbonBuffers(16),
        place,
      ),
    ).toBe(3);
    expect(writeRibbon(L, progress(), 0.5, createRibbonBuffers(2), place)).toBe(2);
  });
});
