import { describe, expect, it } from 'vitest';
import { SnapshotBuffer, TELEPORT_METRES, lerpAngle, type Pose } from './snapshotBuffer.ts';

function pose(): Pose {
  return { x: NaN, y: NaN, heading: NaN };
}

describe('SnapshotBuffer', () => {
  it('leaves the pose alone while it has heard nothing', () => {
    const out = { x: 1, y: 2, heading: 3 };
    new SnapshotBuffer().sample(100, out);
    expect(out).toEqual({ x: 1, y: 2, heading: 3 });
  });

  it('interpolates between the two snapshots around the render time', () => {
    const buffer = new SnapshotBuffer();
    buffer.push({ t: 0, x: 0, y: 0, heading: 0 });
    buffer.push({ t: 50, x: 1, y: 2, heading: 0 });
    const out = pose();
    buffer.sample(25, out);
    expect(out.x).toBeCloseTo(0.5);
    expect(out.y).toBeCloseTo(1);
  });

  it('holds the last position when the render time runs past the newest snapshot', () => {
    const buffer = new SnapshotBuffer();
    buffer.push({ t: 0, x: 0, y: 0, heading: 0 });
    buffer.push({ t: 50, x: 1, y: 0, heading: 0 });
    const out = pose();
    buffer.sample(500, out);
    expect(out).toEqual({ x: 1, y: 0, heading: 0 });
  });

  it('moves steadily through a stream of patches, never backwards', () => {
    const buffer = new SnapshotBuffer();
    const out = pose();
    const seen: number[] = [];
    for (let tick = 0; tick <= 20; tick += 1) {
      // 3.5 m/s at 20 Hz, patches arriving with ±10 ms of jitter.
      buffer.push({ t: tick * 50 + (tick % 2 ? 10 : -10), x: tick * 0.175, y: 0, heading: 0 });
      for (let frame = 0; frame < 3; frame += 1) {
        buffer.sample(tick * 50 + frame * 16 - 100, out);
        seen.push(out.x);
      }
    }
    for (let k = 1; k < seen.length; k += 1) {
      expect(seen[k]).toBeGreaterThanOrEqual((seen[k - 1] ?? 0) - 1e-9);
    }
  });

  it('starts moving right away after a long silence instead of creeping from the old time', () => {
    const buffer = new SnapshotBuffer();
    buffer.push({ t: 0, x: 0, y: 0, heading: 0 });
    buffer.push({ t: 10_000, x: 0.2, y: 0, heading: 0 });
    const out = pose();
    // 100 ms behind the new patch the avatar had not started yet.
    buffer.sample(9_900, out);
    expect(out.x).toBe(0);
    buffer.sample(10_000, out);
    expect(out.x).toBeCloseTo(0.2);
  });

  it('jumps instead of sliding when the avatar moved further than a teleport', () => {
    const buffer = new SnapshotBuffer();
    buffer.push({ t: 0, x: 0, y: 0, heading: 0 });
    buffer.push({ t: 50, x: TELEPORT_METRES + 10, y: 0, heading: 0 });
    const out = pose();
    buffer.sample(25, out);
    expect(out.x).toBe(TELEPORT_METRES + 10);
    expect(buffer.size).toBe(1);
  });

  it('ignores a snapshot older than the newest one', () => {
    const buffer = new SnapshotBuffer();
    buffer.push({ t: 50, x: 1, y: 0, heading: 0 });
    buffer.push({ t: 10, x: 9, y: 0, heading: 0 });
    expect(buffer.size).toBe(1);
  });
});

describe('lerpAngle', () => {
  it('turns the short way across the ±π seam', () => {
    const halfway = lerpAngle(Math.PI - 0.1, -Math.PI + 0.1, 0.5);
    expect(Math.cos(halfway)).toBeCloseTo(-1);
  });

  it('returns the start at 0 and the end (modulo a turn) at 1', () => {
    expect(lerpAngle(1, 2, 0)).toBe(1);
    expect(Math.sin(lerpAngle(1, 2 + 2 * Math.PI, 1))).toBeCloseTo(Math.sin(2));
  });
});
