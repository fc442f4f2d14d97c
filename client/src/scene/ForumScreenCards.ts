/**
 * The cards on the hall's forum screens: one canvas atlas with a 16:9 slot per stage (screens
 * of one stage show the same card) and one instanced quad mesh for all screens, so any number
 * of screens costs one draw call and one material. Instances 0…n−1 are the cards; n…2n−1 are
 * the "LIVE" lower thirds laid over the program video, shown only on screens whose stage is
 * live. Slots are redrawn only when their look changes (forumScreenLook.ts), never per frame.
 */
import type { Screen } from '@salon/shared';
import {
  Euler,
  InstancedMesh,
  Matrix4,
  PlaneGeometry,
  Quaternion,
  Vector3,
  type ShaderMaterial,
} from 'three';
import {
  createAtlasMaterial,
  createUvRectAttribute,
  setUvRect,
  UV_RECT_ATTRIBUTE,
} from './atlasMaterial.ts';
import { planAtlas, slotIndexByKey, type PixelRect } from './atlasLayout.ts';
import { CanvasAtlas } from './CanvasAtlas.ts';
import { floorToWorld } from './floorToWorld.ts';
import { drawScreenCard } from './forumScreenCard.ts';
import { lookKey, type ForumScreenLook } from './forumScreenLook.ts';
import { cardPiece, LOWER_THIRD, lowerThirdPiece } from './forumScreenPlacement.ts';
import type { OcclusionCutout } from './OcclusionCutout.ts';
import { finishInstances } from './ownedObject.ts';
import type { SignPiece } from './signPlacement.ts';

const ATLAS = { width: 1024, maxHeight: 2048, slotWidths: [512, 256, 128], aspect: 16 / 9 };

export interface CardLabels {
  readonly live: string;
  readonly nothingNext: string;
}

const matrix = new Matrix4();
const position = new Vector3();
const rotation = new Quaternion();
const euler = new Euler();
const scale = new Vector3();
const HIDDEN = new Matrix4().makeScale(0, 0, 0);

export class ForumScreenCards {
  readonly mesh: InstancedMesh<PlaneGeometry, ShaderMaterial>;
  private readonly screens: readonly Screen[];
  private readonly atlas: CanvasAtlas;
  private readonly slotOfStage: Map<string, number>;
  private readonly drawn = new Map<string, string>();
  private readonly liveStages = new Set<string>();

  constructor(screens: readonly Screen[], cutout: OcclusionCutout, anisotropy: number) {
    this.screens = screens;
    this.slotOfStage = slotIndexByKey(screens.map((screen) => screen.stageId));
    this.atlas = new CanvasAtlas(planAtlas(this.slotOfStage.size, ATLAS), {
      mipmaps: true,
      anisotropy,
    });
    const count = screens.length;
    const uvRects = createUvRectAttribute(Math.max(1, 2 * count));
    const geometry = new PlaneGeometry(1, 1).setAttribute(UV_RECT_ATTRIBUTE, uvRects);
    const material = cutout.apply(createAtlasMaterial({ map: this.atlas.texture }));
    this.mesh = new InstancedMesh(geometry, material, Math.max(1, 2 * count));
    this.mesh.count = 2 * count;
    screens.forEach((screen, i) => {
      const slot = this.content(screen.stageId);
      if (!slot) return;
      setUvRect(uvRects, i, this.atlas.uv(slot));
      const band = slot.height * LOWER_THIRD;
      setUvRect(
        uvRects,
        count + i,
        this.atlas.uv({ ...slot, y: slot.y + slot.height - band, height: band }),
      );
      this.mesh.setMatrixAt(i, pieceMatrix(cardPiece(screen)));
      this.mesh.setMatrixAt(count + i, HIDDEN);
    });
    finishInstances(this.mesh);
  }

  /** The screen a picked instance belongs to (a card or its lower third). */
  screenAt(instanceId: number | undefined): Screen | null {
    if (instanceId === undefined || this.screens.length === 0) return null;
    return this.screens[instanceId % this.screens.length] ?? null;
  }

  /** Draws the card of `stageId` unless it already shows `look`. */
  setLook(stageId: string, look: ForumScreenLook, labels: CardLabels): void {
    const slot = this.content(stageId);
    const index = this.slotOfStage.get(stageId);
    if (!slot || index === undefined) return;
    const key = lookKey(look, labels.live, labels.nothingNext);
    if (this.drawn.get(stageId) !== key) {
      this.drawn.set(stageId, key);
      const whole = this.atlas.slot(index);
      // The padding takes the card's own colour, so mipmaps do not bleed a neighbour in.
      this.atlas.context.fillStyle = '#111827';
      this.atlas.context.fillRect(whole.x, whole.y, whole.width, whole.height);
      drawScreenCard(this.atlas.context, slot, look, labels);
      this.atlas.texture.needsUpdate = true;
    }
    this.setLive(stageId, look.kind === 'live');
  }

  dispose(): void {
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
    this.atlas.dispose();
    this.drawn.clear();
  }

  private setLive(stageId: string, live: boolean): void {
    if (this.liveStages.has(stageId) === live) return;
    if (live) this.liveStages.add(stageId);
    else this.liveStages.delete(stageId);
    const count = this.screens.length;
    this.screens.forEach((screen, i) => {
      if (screen.stageId !== stageId) return;
      this.mesh.setMatrixAt(count + i, live ? pieceMatrix(lowerThirdPiece(screen)) : HIDDEN);
    });
    finishInstances(this.mesh);
  }

  private content(stageId: string): PixelRect | null {
    const index = this.slotOfStage.get(stageId);
    if (index === undefined || index >= this.atlas.plan.capacity) return null;
    return this.atlas.content(index);
  }
}

export function pieceMatrix(piece: SignPiece, out = matrix): Matrix4 {
  floorToWorld(piece.x, piece.y, piece.elevation, position);
  rotation.setFromEuler(euler.set(0, piece.yaw, 0));
  scale.set(piece.width, piece.height, 1);
  return out.compose(position, rotation, scale);
}
