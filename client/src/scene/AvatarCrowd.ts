/**
 * Every avatar this client knows about, drawn with one instanced mesh per part (body, head,
 * blob shadow) whatever the crowd's size. `update` runs once per frame from useFrame:
 *
 * - ids map to stable slots (InstanceSlots) that hold each avatar's animation state and colour;
 *   the mapping is redone only when the set changes (structureVersion, or a size mismatch if a
 *   writer forgot to bump it), and the capacity doubles when the crowd outgrows it;
 * - avatars outside the view are skipped, the visible ones written densely into the instances,
 *   so a crowd behind the camera costs no triangles;
 * - module-level scratch objects and typed arrays: a frame allocates nothing.
 */
import {
  Color,
  Euler,
  Frustum,
  Group,
  InstancedMesh,
  Matrix4,
  MeshBasicMaterial,
  MeshLambertMaterial,
  Quaternion,
  Sphere,
  Vector3,
  type BufferGeometry,
  type Camera,
  type Material,
} from 'three';
import type { HallWorld } from '../state/hallWorld.ts';
import {
  AVATAR,
  createBodyGeometry,
  createHeadGeometry,
  createShadowGeometry,
  createShadowTexture,
} from './avatarGeometry.ts';
import { floorToWorld, headingToYaw } from './floorToWorld.ts';
import { InstanceSlots } from './InstanceSlots.ts';
import { turnTowards } from './orbitPose.ts';

const STEPS_PER_SECOND = 1.9;
const BOB_METRES = 0.07;
const SWAY_RADIANS = 0.06;
const TURN_RATE = 12;
const INITIAL_CAPACITY = 64;

const position = new Vector3();
const rotation = new Quaternion();
const euler = new Euler(0, 0, 0, 'YXZ');
const unit = new Vector3(1, 1, 1);
const matrix = new Matrix4();
const color = new Color();
const frustum = new Frustum();
const viewProjection = new Matrix4();
const bounds = new Sphere(new Vector3(), AVATAR.height * 0.7);

export class AvatarCrowd {
  readonly group = new Group();
  readonly slots = new InstanceSlots();
  private readonly geometries: BufferGeometry[];
  private readonly materials: Material[];
  private readonly shadowTexture = createShadowTexture();
  private meshes: InstancedMesh[] = [];
  private capacity = 0;
  private version = -1;
  /** Per slot: the colour string last parsed, its RGB, walk phase, facing and walk blend. */
  private colorNames: string[] = [];
  private colors = new Float32Array(0);
  private phase = new Float32Array(0);
  private yaw = new Float32Array(0);
  private walk = new Float32Array(0);

  constructor() {
    this.geometries = [createBodyGeometry(), createHeadGeometry(), createShadowGeometry()];
    this.materials = [
      new MeshLambertMaterial(),
      new MeshLambertMaterial({ vertexColors: true }),
      new MeshBasicMaterial({ map: this.shadowTexture, transparent: true, depthWrite: false }),
    ];
    this.allocate(INITIAL_CAPACITY);
  }

  update(world: HallWorld, camera: Camera, delta: number): void {
    const avatars = world.avatars;
    if (world.structureVersion !== this.version || avatars.size !== this.slots.count) {
      this.version = world.structureVersion;
      this.resync(world);
    }
    const [body, head, shadow] = this.meshes;
    if (!body || !head || !shadow) return;
    viewProjection.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
    frustum.setFromProjectionMatrix(viewProjection);
    const turn = 1 - Math.exp(-delta * TURN_RATE);
    const blend = 1 - Math.exp(-delta * 8);
    let drawn = 0;
    for (let i = 0; i < this.slots.count; i += 1) {
      const avatar = avatars.get(this.slots.idAt(i) ?? '');
      if (!avatar) {
        this.version = -1;
        continue;
      }
      if (avatar.color !== this.colorNames[i]) {
        this.colorNames[i] = avatar.color;
        color.set(avatar.color).toArray(this.colors, i * 3);
      }
      // Animation state advances for everyone, so an avatar turning into view is mid-stride.
      const walking = avatar.state === 'walking' ? 1 : 0;
      const walk = (this.walk[i] ?? 0) + (walking - (this.walk[i] ?? 0)) * blend;
      const phase =
        ((this.phase[i] ?? 0) + delta * STEPS_PER_SECOND * Math.PI * walk) % (Math.PI * 2);
      const yaw = turnTowards(this.yaw[i] ?? 0, headingToYaw(avatar.heading), turn);
      this.walk[i] = walk;
      this.phase[i] = phase;
      this.yaw[i] = yaw;
      floorToWorld(avatar.x, avatar.y, Math.abs(Math.sin(phase)) * BOB_METRES * walk, position);
      bounds.center.set(position.x, AVATAR.height / 2, position.z);
      if (!frustum.intersectsSphere(bounds)) continue;
      rotation.setFromEuler(euler.set(0, yaw, Math.sin(phase) * SWAY_RADIANS * walk));
      matrix.compose(position, rotation, unit);
      body.setMatrixAt(drawn, matrix);
      head.setMatrixAt(drawn, matrix);
      shadow.setMatrixAt(drawn, matrix.makeTranslation(position.x, 0.02, position.z));
      body.setColorAt(drawn, color.fromArray(this.colors, i * 3));
      drawn += 1;
    }
    for (const mesh of this.meshes) {
      mesh.count = drawn;
      mesh.instanceMatrix.needsUpdate = true;
    }
    if (body.instanceColor) body.instanceColor.needsUpdate = true;
  }

  dispose(): void {
    for (const mesh of this.meshes) mesh.dispose();
    for (const resource of [...this.geometries, ...this.materials, this.shadowTexture]) {
      resource.dispose();
    }
  }

  private resync(world: HallWorld): void {
    const changed = this.slots.sync(world.avatars.keys());
    if (this.slots.count > this.capacity) {
      this.allocate(Math.max(this.capacity * 2, this.slots.count));
    }
    for (const index of changed) {
      // A slot with a new occupant starts afresh: colour parsed again, standing, facing its way.
      this.colorNames[index] = '';
      this.walk[index] = 0;
      const avatar = world.avatars.get(this.slots.idAt(index) ?? '');
      this.yaw[index] = avatar ? headingToYaw(avatar.heading) : 0;
    }
  }

  private allocate(capacity: number): void {
    for (const mesh of this.meshes) {
      this.group.remove(mesh);
      mesh.dispose();
    }
    this.capacity = capacity;
    this.meshes = this.geometries.map((geometry, part) => {
      const mesh = new InstancedMesh(geometry, this.materials[part], capacity);
      // Instances move every frame and are culled here, one by one, instead.
      mesh.frustumCulled = false;
      mesh.count = 0;
      if (part === 2) mesh.renderOrder = 2;
      this.group.add(mesh);
      return mesh;
    });
    // Creates the colour attribute before the first draw, so the shader is built with it.
    this.meshes[0]?.setColorAt(0, color.set('#ffffff'));
    this.colorNames = [...this.colorNames, ...new Array<string>(capacity).fill('')].slice(
      0,
      capacity,
    );
    this.colors = grow(this.colors, capacity * 3);
    this.phase = grow(this.phase, capacity);
    this.yaw = grow(this.yaw, capacity);
    this.walk = grow(this.walk, capacity);
  }
}

function grow(array: Float32Array, length: number): Float32Array<ArrayBuffer> {
  const next = new Float32Array(length);
  next.set(array.subarray(0, Math.min(array.length, length)));
  return next;
}
