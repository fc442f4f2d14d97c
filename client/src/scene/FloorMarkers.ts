/**
 * Rings on the floor, one instanced mesh: under the own avatar (so it is found at a glance in a
 * crowd), at the end of its path (pulsing: where it is walking to), and under the pointer (where
 * a click would send it).
 */
import {
  Color,
  InstancedMesh,
  Matrix4,
  MeshBasicMaterial,
  Quaternion,
  RingGeometry,
  Vector3,
} from 'three';
import type { HallWorld } from '../state/hallWorld.ts';
import type { FloorHover } from './floorHover.ts';
import { floorToWorld } from './floorToWorld.ts';
import { PATH_COLOR } from './PathLine.ts';

const SELF = { color: new Color('#fbbf24'), radius: 0.62 };
const TARGET = { color: new Color(PATH_COLOR), radius: 0.55 };
const HOVER = { color: new Color('#334155'), radius: 0.45 };
const LIFT = 0.035;

const position = new Vector3();
const unturned = new Quaternion();
const scale = new Vector3();
const matrix = new Matrix4();

export class FloorMarkers {
  readonly mesh: InstancedMesh;
  private readonly geometry = new RingGeometry(0.78, 1, 40).rotateX(-Math.PI / 2);
  private readonly material = new MeshBasicMaterial({
    transparent: true,
    opacity: 0.9,
    depthWrite: false,
  });
  private time = 0;
  private count = 0;

  constructor() {
    this.mesh = new InstancedMesh(this.geometry, this.material, 3);
    this.mesh.setColorAt(0, SELF.color);
    this.mesh.frustumCulled = false;
    this.mesh.renderOrder = 2;
    this.mesh.count = 0;
  }

  update(world: HallWorld, hover: FloorHover, dragging: boolean, delta: number): void {
    this.time += delta;
    this.count = 0;
    const self = world.selfId === null ? undefined : world.avatars.get(world.selfId);
    if (self) this.put(self.x, self.y, SELF.radius, SELF.color);
    const end = world.path?.at(-1);
    const pulse = 1 + 0.15 * Math.sin(this.time * 5);
    if (self && end) this.put(end.x, end.y, TARGET.radius * pulse, TARGET.color);
    if (hover.active && !dragging) this.put(hover.x, hover.y, HOVER.radius, HOVER.color);
    this.mesh.count = this.count;
    this.mesh.instanceMatrix.needsUpdate = true;
    if (this.mesh.instanceColor) this.mesh.instanceColor.needsUpdate = true;
  }

  dispose(): void {
    this.geometry.dispose();
    this.material.dispose();
    this.mesh.dispose();
  }

  private put(x: number, y: number, radius: number, color: Color): void {
    floorToWorld(x, y, LIFT, position);
    scale.set(radius, 1, radius);
    this.mesh.setMatrixAt(this.count, matrix.compose(position, unturned, scale));
    this.mesh.setColorAt(this.count, color);
    this.count += 1;
  }
}
