import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import {
  FACING_YAW,
  directionToYaw,
  floorToWorld,
  headingToYaw,
  worldToFloor,
} from './floorToWorld.ts';

const EPSILON = 1e-9;

describe('floorToWorld', () => {
  it('puts east on +x, north on -z and the height on +y', () => {
    expect(floorToWorld(3, 4, 1.5).distanceTo(new Vector3(3, 1.5, -4))).toBeLessThan(EPSILON);
  });

  it('writes into the vector it is given instead of allocating', () => {
    const out = new Vector3();
    expect(floorToWorld(1, 2, 0, out)).toBe(out);
  });

  it('round-trips through worldToFloor', () => {
    expect(worldToFloor(floorToWorld(-12.5, 80.25))).toEqual({ x: -12.5, y: 80.25 });
  });
});

describe('headingToYaw', () => {
  it('turns local +x along the floor heading', () => {
    for (const heading of [0, Math.PI / 2, Math.PI, -Math.PI / 3, 2.5]) {
      const turned = new Vector3(1, 0, 0).applyAxisAngle(
        new Vector3(0, 1, 0),
        headingToYaw(heading),
      );
      const expected = floorToWorld(Math.cos(heading), Math.sin(heading));
      expect(turned.distanceTo(expected)).toBeLessThan(EPSILON);
    }
  });
});

describe('directionToYaw', () => {
  it('turns local +z along a floor direction', () => {
    const turned = new Vector3(0, 0, 1).applyAxisAngle(new Vector3(0, 1, 0), directionToYaw(3, 4));
    expect(turned.distanceTo(floorToWorld(0.6, 0.8))).toBeLessThan(EPSILON);
  });
});

describe('FACING_YAW', () => {
  it('turns a stand front towards each facing side', () => {
    const expected = { north: [0, 1], south: [0, -1], east: [1, 0], west: [-1, 0] } as const;
    for (const [facing, [x, y]] of Object.entries(expected)) {
      const yaw = FACING_YAW[facing as keyof typeof FACING_YAW];
      const front = new Vector3(0, 0, 1).applyAxisAngle(new Vector3(0, 1, 0), yaw);
      expect(front.distanceTo(floorToWorld(x, y))).toBeLessThan(EPSILON);
    }
  });
});
