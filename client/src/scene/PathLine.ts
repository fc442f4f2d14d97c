/**
 * The own avatar's path as a ribbon of moving chevrons on the floor (see pathRibbon.ts for the
 * geometry). Rewritten every frame while there is a path, trimmed at the avatar so the part
 * already walked disappears; hidden when there is none.
 */
import {
  BufferAttribute,
  BufferGeometry,
  CanvasTexture,
  DoubleSide,
  Mesh,
  MeshBasicMaterial,
  RepeatWrapping,
  SRGBColorSpace,
  Vector3,
} from 'three';
import type { Vec2 } from '@salon/shared';
import type { HallWorld } from '../state/hallWorld.ts';
import { floorToWorld } from './floorToWorld.ts';
import { createRibbonBuffers, pathProgress, writeRibbon, type PathProgress } from './pathRibbon.ts';

const CAPACITY = 256;
const HALF_WIDTH = 0.35;
const LIFT = 0.03;
const SCROLL_METRES_PER_SECOND = 1.2;
export const PATH_COLOR = '#2563eb';

const scratch = new Vector3();

function place(x: number, y: number, target: Float32Array, offset: number): void {
  floorToWorld(x, y, LIFT, scratch).toArray(target, offset);
}

export class PathLine {
  readonly mesh: Mesh<BufferGeometry, MeshBasicMaterial>;
  private readonly buffers = createRibbonBuffers(CAPACITY);
  private readonly progress: PathProgress = { segment: 0, x: 0, y: 0, along: 0 };
  private readonly positionAttribute: BufferAttribute;
  private readonly uvAttribute: BufferAttribute;
  private path: readonly Vec2[] | null = null;

  constructor(anisotropy: number) {
    const geometry = new BufferGeometry();
    this.positionAttribute = new BufferAttribute(this.buffers.positions, 3);
    this.uvAttribute = new BufferAttribute(this.buffers.uvs, 2);
    geometry.setAttribute('position', this.positionAttribute);
    geometry.setAttribute('uv', this.uvAttribute);
    const index = new Uint16Array((CAPACITY - 1) * 6);
    for (let k = 0; k + 1 < CAPACITY; k += 1) {
      const v = k * 2;
      index.set([v, v + 1, v + 2, v + 1, v + 3, v + 2], k * 6);
    }
    geometry.setIndex(new BufferAttribute(index, 1));
    const material = new MeshBasicMaterial({
      color: PATH_COLOR,
      map: createChevronTexture(anisotropy),
      transparent: true,
      depthWrite: false,
      side: DoubleSide,
    });
    this.mesh = new Mesh(geometry, material);
    this.mesh.frustumCulled = false;
    this.mesh.renderOrder = 2;
    this.mesh.visible = false;
  }

  update(world: HallWorld, delta: number): void {
    const self = world.selfId === null ? undefined : world.avatars.get(world.selfId);
    const path = world.path;
    if (!self || !path || path.length < 2) {
      this.mesh.visible = false;
      this.path = null;
      return;
    }
    // A new path starts the search from its beginning; the same one only moves forward.
    const from = path === this.path ? this.progress.segment : 0;
    this.path = path;
    pathProgress(path, self.x, self.y, from, this.progress);
    const count = writeRibbon(path, this.progress, HALF_WIDTH, this.buffers, place);
    this.mesh.visible = count >= 2;
    this.mesh.geometry.setDrawRange(0, Math.max(0, count - 1) * 6);
    this.positionAttribute.needsUpdate = true;
    this.uvAttribute.needsUpdate = true;
    const map = this.mesh.material.map;
    if (map) map.offset.x = (map.offset.x - delta * SCROLL_METRES_PER_SECOND) % 1;
  }

  dispose(): void {
    this.mesh.geometry.dispose();
    this.mesh.material.map?.dispose();
    this.mesh.material.dispose();
  }
}

/** One chevron per metre on a faint band, pointing along +u (the walking direction). */
function createChevronTexture(anisotropy: number): CanvasTexture {
  const size = 64;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('A 2D canvas context is not available');
  context.fillStyle = 'rgba(255, 255, 255, 0.35)';
  context.fillRect(0, 0, size, size);
  context.strokeStyle = '#ffffff';
  context.lineWidth = 10;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.beginPath();
  context.moveTo(size * 0.3, size * 0.2);
  context.lineTo(size * 0.62, size * 0.5);
  context.lineTo(size * 0.3, size * 0.8);
  context.stroke();
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.wrapS = RepeatWrapping;
  texture.wrapT = RepeatWrapping;
  texture.anisotropy = anisotropy;
  return texture;
}
