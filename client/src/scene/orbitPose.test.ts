import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { clampToHall, orbitPose, overviewOrbit, turnTowards } from './orbitPose.ts';
import { worldToFloor } from './floorToWorld.ts';

describe('orbitPose', () => {
  it('puts the eye behind and above the target, looking ahead along the yaw', () => {
    const eye = new Vector3();
    const look = new Vector3();
    // Yaw π/2: looking north, so the eye is south of the target.
    orbitPose(10, 20, 1.3, { yaw: Math.PI / 2, pitch: Math.PI / 6, distance: 10 }, 2, eye, look);
    const eyeFloor = worldToFloor(eye);
    expect(eyeFloor.x).toBeCloseTo(10);
    expect(eyeFloor.y).toBeCloseTo(20 - 10 * Math.cos(Math.PI / 6));
    expect(eye.y).toBeCloseTo(1.3 + 5);
    const lookFloor = worldToFloor(look);
    expect(lookFloor.y).toBeCloseTo(22);
    expect(look.y).toBeCloseTo(1.3);
  });
});

describe('clampToHall', () => {
  it('keeps the eye inside the walls and above the floor', () => {
    const floor = { width: 50, depth: 30 };
    const eye = clampToHall(new Vector3(-5, -1, 4), floor);
    const onFloor = worldToFloor(eye);
    expect(onFloor.x).toBeGreaterThan(0);
    expect(onFloor.y).toBeGreaterThan(0);
    expect(onFloor.y).toBeLessThan(30);
    expect(eye.y).toBeGreaterThan(0);
  });

  it('leaves an eye inside the hall where it is', () => {
    const eye = new Vector3(10, 6, -10);
    expect(clampToHall(eye.clone(), { width: 50, depth: 30 })).toEqual(eye);
  });
});

describe('overviewOrbit', () => {
  it('backs off in proportion to the hall', () => {
    expect(overviewOrbit({ width: 300, depth: 100 }).distance).toBeGreaterThan(
      overviewOrbit({ width: 160, depth: 80 }).distance,
    );
  });
});

describe('turnTowards', () => {
  it('turns the shorter way across ±π', () => {
    expect(turnTowards(3, -3, 1)).toBeCloseTo(3 + (2 * Math.PI - 6));
    expect(turnTowards(0, 1, 0.5)).toBeCloseTo(0.5);
  });
});
