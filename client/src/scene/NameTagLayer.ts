/**
 * Name tags over the own avatar and the TAGGED avatars nearest the camera: camera-facing quads
 * of one instanced mesh, their names drawn once into a small atlas and kept there while shown
 * (TagSlotCache), so hundreds of avatars cost one draw call and no per-frame canvas work. Tags
 * grow with distance (atlasMaterial's billboard mode) to stay readable.
 */
import {
  InstancedMesh,
  Matrix4,
  PlaneGeometry,
  Quaternion,
  Vector3,
  type Camera,
  type ShaderMaterial,
} from 'three';
import type { AvatarView, HallWorld } from '../state/hallWorld.ts';
import { planAtlas } from './atlasLayout.ts';
import { createAtlasMaterial, createUvRectAttribute, UV_RECT_ATTRIBUTE } from './atlasMaterial.ts';
import { AVATAR } from './avatarGeometry.ts';
import { CanvasAtlas } from './CanvasAtlas.ts';
import { CANVAS_FONT } from './drawFittedText.ts';
import { floorToWorld, worldToFloor } from './floorToWorld.ts';
import { createNearestBuffers, nearestAvatars } from './nearestAvatars.ts';
import { TagSlotCache } from './TagSlotCache.ts';

export const TAGGED = 12;
const MAX_DISTANCE = 45;
const TAG_HEIGHT = 0.3;
const LIFT = AVATAR.height + 0.32;
const SLOTS = 32;
const SELF_RING = '#fbbf24';

const position = new Vector3();
const scale = new Vector3();
const unturned = new Quaternion();
const matrix = new Matrix4();

export class NameTagLayer {
  readonly mesh: InstancedMesh<PlaneGeometry, ShaderMaterial>;
  private readonly atlas = new CanvasAtlas(
    planAtlas(SLOTS, { width: 1024, maxHeight: 512, slotWidths: [256], aspect: 4 }),
    { mipmaps: false, padding: 2 },
  );
  private readonly contents = Array.from({ length: SLOTS }, (_, slot) => this.atlas.content(slot));
  private readonly cache = new TagSlotCache(SLOTS);
  private readonly nearest = createNearestBuffers(TAGGED);
  private readonly drawn = Array.from({ length: SLOTS }, () => ({
    name: '',
    color: '',
    self: false,
    width: 1,
  }));
  private readonly uvRects = createUvRectAttribute(TAGGED + 1);
  private readonly eye = { x: 0, y: 0 };
  private frame = 0;
  private shown = 0;

  constructor() {
    const geometry = new PlaneGeometry(1, 1).setAttribute(UV_RECT_ATTRIBUTE, this.uvRects);
    const material = createAtlasMaterial({
      map: this.atlas.texture,
      billboard: true,
      transparent: true,
    });
    this.mesh = new InstancedMesh(geometry, material, TAGGED + 1);
    this.mesh.frustumCulled = false;
    this.mesh.renderOrder = 3;
    this.mesh.count = 0;
  }

  update(world: HallWorld, camera: Camera): void {
    this.frame += 1;
    this.shown = 0;
    const self = world.selfId === null ? undefined : world.avatars.get(world.selfId);
    if (self) this.show(self, true);
    const eye = worldToFloor(camera.position, this.eye);
    const count = nearestAvatars(
      world.avatars,
      eye.x,
      eye.y,
      MAX_DISTANCE,
      world.selfId,
      this.nearest,
    );
    for (let i = 0; i < count; i += 1) {
      const avatar = world.avatars.get(this.nearest.ids[i] ?? '');
      if (avatar) this.show(avatar, false);
    }
    this.mesh.count = this.shown;
    this.mesh.instanceMatrix.needsUpdate = true;
    this.uvRects.needsUpdate = true;
  }

  dispose(): void {
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
    this.mesh.dispose();
    this.atlas.dispose();
  }

  private show(avatar: AvatarView, self: boolean): void {
    const slot = this.cache.acquire(avatar.id, this.frame);
    if (slot < 0) return;
    const drawn = this.drawn[slot];
    if (!drawn) return;
    if (
      this.cache.fresh ||
      drawn.name !== avatar.name ||
      drawn.color !== avatar.color ||
      drawn.self !== self
    ) {
      drawn.name = avatar.name;
      drawn.color = avatar.color;
      drawn.self = self;
      drawn.width = this.draw(slot, avatar.name, avatar.color, self);
      this.atlas.texture.needsUpdate = true;
    }
    const index = this.shown;
    this.shown += 1;
    const content = this.contents[slot] ?? this.atlas.content(slot);
    const { width, height } = this.atlas.plan;
    this.uvRects.setXYZW(
      index,
      content.x / width,
      1 - (content.y + content.height) / height,
      drawn.width / width,
      content.height / height,
    );
    floorToWorld(avatar.x, avatar.y, LIFT, position);
    scale.set((TAG_HEIGHT * drawn.width) / content.height, TAG_HEIGHT, 1);
    this.mesh.setMatrixAt(index, matrix.compose(position, unturned, scale));
  }

  /** Draws a tag into a slot and returns its width in pixels (tags are as wide as the name). */
  private draw(slot: number, name: string, color: string, self: boolean): number {
    const context = this.atlas.context;
    const box = this.atlas.content(slot);
    const full = this.atlas.slot(slot);
    context.clearRect(full.x, full.y, full.width, full.height);
    const h = box.height;
    const fontSize = Math.round(h * 0.46);
    context.font = `700 ${fontSize}px ${CANVAS_FONT}`;
    const dot = h * 0.16;
    const textX = h * 0.3 + dot * 2 + h * 0.14;
    const maxText = box.width - textX - h * 0.3;
    let label = name;
    while (label.length > 1 && context.measureText(label).width > maxText)
      label = label.slice(0, -1);
    if (label !== name) label = `${label.slice(0, -1)}…`;
    const width = Math.min(
      box.width,
      Math.ceil(textX + context.measureText(label).width + h * 0.3),
    );
    context.fillStyle = 'rgba(15, 23, 42, 0.8)';
    context.beginPath();
    context.roundRect(box.x + 1, box.y + 1, width - 2, h - 2, h / 2);
    context.fill();
    if (self) {
      context.strokeStyle = SELF_RING;
      context.lineWidth = 3;
      context.stroke();
    }
    context.fillStyle = color;
    context.beginPath();
    context.arc(box.x + h * 0.3 + dot, box.y + h / 2, dot, 0, Math.PI * 2);
    context.fill();
    context.fillStyle = '#ffffff';
    context.textAlign = 'left';
    context.textBaseline = 'middle';
    context.fillText(label, box.x + textX, box.y + h / 2 + 1);
    return width;
  }
}
