/**
 * Builds every stand of a hall as a handful of instanced meshes, one per booth part (see
 * standParts.ts), so the draw calls do not grow with the number of stands. Walls take the
 * exhibitor's primary colour, the counter its accent; the brand board and the counter's logo
 * sample the shared brand atlas through a per-instance UV rect, and so does the presentation
 * screen's idle look (screenMaterial.ts), tinted with the primary colour.
 */
import type { Locale, Stand } from '@salon/shared';
import {
  BoxGeometry,
  Color,
  InstancedMesh,
  Matrix4,
  MeshLambertMaterial,
  PlaneGeometry,
  type Object3D,
} from 'three';
import {
  createAtlasMaterial,
  createUvRectAttribute,
  setUvRect,
  UV_RECT_ATTRIBUTE,
} from './atlasMaterial.ts';
import { createBrandAtlas } from './brandAtlas.ts';
import { tintTowardsWhite } from './brandColors.ts';
import { UNKNOWN_EXHIBITOR, type ExhibitorLook } from './exhibitorLook.ts';
import type { OcclusionCutout } from './OcclusionCutout.ts';
import { finishInstances } from './ownedObject.ts';
import { createScreenMaterial } from './screenMaterial.ts';
import { boothParts, partMatrix, standFrame, type BoothParts, type PartBox } from './standParts.ts';

export interface StandMeshes {
  readonly meshes: readonly InstancedMesh[];
  /** The index in `stands` of the stand that an instance of one of `meshes` belongs to. */
  standAt(object: Object3D, instanceId: number | undefined): number | null;
  dispose(): void;
}

type Paint =
  | { readonly kind: 'solid'; readonly colour: (look: ExhibitorLook, out: Color) => Color }
  | { readonly kind: 'atlas'; readonly rect: 'board' | 'logo' }
  | { readonly kind: 'screen' };

interface PartSpec {
  readonly boxes: (parts: BoothParts) => readonly PartBox[];
  readonly paint: Paint;
}

const solid = (colour: (look: ExhibitorLook, out: Color) => Color): Paint => ({
  kind: 'solid',
  colour,
});

const PARTS: readonly PartSpec[] = [
  {
    boxes: (p) => [p.plate],
    paint: solid((l, out) => tintTowardsWhite(l.colors.primary, 0.72, out)),
  },
  { boxes: (p) => [p.backWall], paint: solid((l, out) => out.set(l.colors.primary)) },
  {
    boxes: (p) => p.sideWalls,
    paint: solid((l, out) => tintTowardsWhite(l.colors.primary, 0.85, out)),
  },
  {
    boxes: (p) => [p.counter],
    paint: solid((l, out) => tintTowardsWhite(l.colors.accent, 0.1, out)),
  },
  { boxes: (p) => [p.board], paint: { kind: 'atlas', rect: 'board' } },
  { boxes: (p) => [p.logo], paint: { kind: 'atlas', rect: 'logo' } },
  { boxes: (p) => [p.screen], paint: { kind: 'screen' } },
];

export function createStandMeshes(
  stands: readonly Stand[],
  looks: ReadonlyMap<string, ExhibitorLook>,
  locale: Locale,
  anisotropy: number,
  cutout: OcclusionCutout,
): StandMeshes {
  const brand = createBrandAtlas(
    stands.map((stand) => stand.exhibitorId),
    looks,
    locale,
    anisotropy,
  );
  const box = new BoxGeometry(1, 1, 1);
  const lambert = cutout.apply(new MeshLambertMaterial());
  const signage = cutout.apply(createAtlasMaterial({ map: brand.atlas.texture }));
  const screen = cutout.apply(createScreenMaterial(brand.atlas.texture));
  const materials = { solid: lambert, atlas: signage, screen } as const;
  const frames = stands.map(standFrame);
  const booths = frames.map(boothParts);
  const perStand = new Map<Object3D, number>();
  const owned: { dispose(): void }[] = [box, lambert, signage, screen, brand.atlas];
  const matrix = new Matrix4();
  const color = new Color();

  const meshes = PARTS.map(({ boxes, paint }) => {
    const each = booths[0] ? boxes(booths[0]).length : 1;
    const capacity = Math.max(1, stands.length * each);
    // Atlas parts carry their per-instance UV rects on a geometry of their own.
    const uvRects = paint.kind === 'solid' ? null : createUvRectAttribute(capacity);
    const geometry = uvRects
      ? new PlaneGeometry(1, 1).setAttribute(UV_RECT_ATTRIBUTE, uvRects)
      : box;
    const mesh = new InstancedMesh(geometry, materials[paint.kind], capacity);
    mesh.count = stands.length * each;
    stands.forEach((stand, s) => {
      const frame = frames[s];
      const booth = booths[s];
      if (!frame || !booth) return;
      const look = looks.get(stand.exhibitorId) ?? UNKNOWN_EXHIBITOR;
      boxes(booth).forEach((part, k) => {
        const index = s * each + k;
        mesh.setMatrixAt(index, partMatrix(frame, part, matrix));
        if (paint.kind === 'solid') mesh.setColorAt(index, paint.colour(look, color));
        else if (paint.kind === 'atlas' && uvRects) {
          setUvRect(uvRects, index, brand[paint.rect](stand.exhibitorId));
        } else if (uvRects) {
          setUvRect(uvRects, index, brand.board(stand.exhibitorId));
          mesh.setColorAt(index, color.set(look.colors.primary));
        }
      });
    });
    finishInstances(mesh);
    perStand.set(mesh, each);
    if (geometry !== box) owned.push(geometry);
    owned.push(mesh);
    return mesh;
  });

  return {
    meshes,
    standAt(object, instanceId) {
      const each = perStand.get(object);
      if (each === undefined || instanceId === undefined) return null;
      const index = Math.floor(instanceId / each);
      return index < stands.length ? index : null;
    },
    dispose() {
      for (const resource of owned) resource.dispose();
    },
  };
}
