/**
 * The pieces of a stand booth, as boxes in the stand's own frame, and the matrices that put
 * them on the floor. Local frame: +z is the open front (towards the alley), +x runs along the
 * front, +y is up, the origin is the footprint's centre on the floor.
 *
 * A booth is a floor plate, a back wall whose top carries the brand board (a 4:1 fascia, the
 * atlas slot's shape) and, below it, a 16:9 presentation screen (screenMaterial.ts), two side
 * walls reaching part of the way to the front, and a counter near the entrance with the logo on
 * its front.
 */
import type { Stand } from '@salon/shared';
import { Euler, Matrix4, Quaternion, Vector3 } from 'three';
import { FACING_YAW, floorToWorld } from './floorToWorld.ts';

export const BOOTH = {
  plateHeight: 0.06,
  wallHeight: 2.5,
  wallThickness: 0.14,
  sideHeight: 1.25,
  /** Share of the depth behind the front that the side walls cover. */
  sideReach: 0.65,
  counterHeight: 1.05,
  counterDepth: 0.6,
  boardAspect: 4,
  boardMaxWidth: 5,
  screenAspect: 16 / 9,
  screenMaxWidth: 2.4,
  /** The screen's lower edge: above the counter, so it reads from the alley over it. */
  screenBottom: 1.1,
} as const;

export interface StandFrame {
  /** Footprint centre on the floor. */
  readonly x: number;
  readonly y: number;
  readonly yaw: number;
  /** Length of the open side, and the distance from it to the back. */
  readonly front: number;
  readonly depth: number;
}

/** A box centred at (x, y, z) in the stand's frame; a quad when `depth` is 0 (facing +z). */
export interface PartBox {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly width: number;
  readonly height: number;
  readonly depth: number;
}

export interface BoothParts {
  readonly plate: PartBox;
  readonly backWall: PartBox;
  readonly sideWalls: readonly [PartBox, PartBox];
  readonly counter: PartBox;
  readonly board: PartBox;
  readonly logo: PartBox;
  /** A quad on the back wall's inner face, between the counter's height and the board. */
  readonly screen: PartBox;
}

export function standFrame(stand: Stand): StandFrame {
  const alongX = stand.facing === 'north' || stand.facing === 'south';
  return {
    x: stand.x,
    y: stand.y,
    yaw: FACING_YAW[stand.facing],
    front: alongX ? stand.width : stand.depth,
    depth: alongX ? stand.depth : stand.width,
  };
}

export function boothParts({ front, depth }: StandFrame): BoothParts {
  const t = BOOTH.wallThickness;
  const back = -depth / 2;
  const boardWidth = Math.min(front * 0.86, BOOTH.boardMaxWidth);
  const boardHeight = boardWidth / BOOTH.boardAspect;
  const wallHeight = BOOTH.wallHeight + boardHeight + 0.2;
  const sideLength = (depth - t) * BOOTH.sideReach;
  const side = (sign: number): PartBox => ({
    x: sign * (front / 2 - t / 2),
    y: BOOTH.sideHeight / 2,
    z: back + t + sideLength / 2,
    width: t,
    height: BOOTH.sideHeight,
    depth: sideLength,
  });
  const counterWidth = Math.min(front * 0.45, 2.2);
  const counterZ = depth / 2 - 0.45 - BOOTH.counterDepth / 2;
  const logoSize = Math.min(BOOTH.counterHeight * 0.7, counterWidth * 0.6);
  const screenWidth = Math.min(front * 0.5, BOOTH.screenMaxWidth);
  const screenHeight = screenWidth / BOOTH.screenAspect;
  return {
    plate: { x: 0, y: BOOTH.plateHeight / 2, z: 0, width: front, height: BOOTH.plateHeight, depth },
    backWall: {
      x: 0,
      y: wallHeight / 2,
      z: back + t / 2,
      width: front,
      height: wallHeight,
      depth: t,
    },
    sideWalls: [side(-1), side(1)],
    counter: {
      x: 0,
      y: BOOTH.counterHeight / 2,
      z: counterZ,
      width: counterWidth,
      height: BOOTH.counterHeight,
      depth: BOOTH.counterDepth,
    },
    board: {
      x: 0,
      y: BOOTH.wallHeight + 0.1 + boardHeight / 2,
      z: back + t + 0.01,
      width: boardWidth,
      height: boardHeight,
      depth: 0,
    },
    logo: {
      x: 0,
      y: BOOTH.counterHeight * 0.55,
      z: counterZ + BOOTH.counterDepth / 2 + 0.01,
      width: logoSize,
      height: logoSize,
      depth: 0,
    },
    screen: {
      x: 0,
      y: BOOTH.screenBottom + screenHeight / 2,
      z: back + t + 0.01,
      width: screenWidth,
      height: screenHeight,
      depth: 0,
    },
  };
}

const position = new Vector3();
const local = new Vector3();
const rotation = new Quaternion();
const euler = new Euler();
const scale = new Vector3();

/** The world matrix of a unit box (or unit quad) placed as `box` in the stand's frame. */
export function partMatrix(frame: StandFrame, box: PartBox, out = new Matrix4()): Matrix4 {
  rotation.setFromEuler(euler.set(0, frame.yaw, 0));
  local.set(box.x, box.y, box.z).applyQuaternion(rotation);
  floorToWorld(frame.x, frame.y, 0, position).add(local);
  scale.set(box.width, box.height, box.depth === 0 ? 1 : box.depth);
  return out.compose(position, rotation, scale);
}
