/**
 * The hall's signage and forum screens (see signPlacement.ts): gate posts and screen posts in
 * one instanced mesh, the screens' dark panels in another, and every banner as atlas quads in a
 * third, whatever the number of alleys and screens. What a forum screen shows in front of its
 * panel is ForumScreens.tsx's.
 */
import type { Alley, Locale, LocalizedText, Screen } from '@salon/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BoxGeometry,
  Euler,
  InstancedMesh,
  Matrix4,
  MeshLambertMaterial,
  PlaneGeometry,
  Quaternion,
  Vector3,
  type BufferGeometry,
  type Material,
} from 'three';
import {
  createAtlasMaterial,
  createUvRectAttribute,
  setUvRect,
  UV_RECT_ATTRIBUTE,
} from './atlasMaterial.ts';
import type { UvRect } from './atlasLayout.ts';
import { floorToWorld } from './floorToWorld.ts';
import type { OcclusionCutout } from './OcclusionCutout.ts';
import { finishInstances } from './ownedObject.ts';
import { useRenderQuality } from './renderQuality.ts';
import { createSignAtlas } from './signAtlas.ts';
import { gatePieces, screenPieces, type SignPiece } from './signPlacement.ts';
import { useDisposal } from './useDisposal.ts';

interface Props {
  readonly alleys: readonly Alley[];
  readonly screens: readonly Screen[];
  readonly topics: ReadonlyMap<string, LocalizedText>;
  readonly locale: Locale;
  readonly cutout: OcclusionCutout;
}

export function Signage({ alleys, screens, topics, locale, cutout }: Props) {
  const { i18n } = useTranslation();
  const forumLabel = i18n.getFixedT(locale)('scene.forum');
  const { anisotropy } = useRenderQuality();
  const built = useMemo(
    () => createSignage(alleys, screens, topics, locale, forumLabel, anisotropy, cutout),
    [alleys, screens, topics, locale, forumLabel, anisotropy, cutout],
  );
  useDisposal(built);
  return built.meshes.map((mesh) => <primitive key={mesh.uuid} object={mesh} />);
}

function createSignage(
  alleys: readonly Alley[],
  screens: readonly Screen[],
  topics: ReadonlyMap<string, LocalizedText>,
  locale: Locale,
  forumLabel: string,
  anisotropy: number,
  cutout: OcclusionCutout,
) {
  const gates = gatePieces(alleys);
  const screenParts = screens.map(screenPieces);
  const codes = gates.banners.map((banner) => banner.topicCode);
  const signs = createSignAtlas(codes, topics, locale, forumLabel, anisotropy);
  const box = new BoxGeometry(1, 1, 1);
  const postMaterial = cutout.apply(new MeshLambertMaterial({ color: '#4b5563' }));
  const panelMaterial = cutout.apply(new MeshLambertMaterial({ color: '#1f2937' }));
  const quadMaterial = cutout.apply(createAtlasMaterial({ map: signs.atlas.texture }));
  const quads: [SignPiece, UvRect][] = [
    ...gates.banners.map((banner): [SignPiece, UvRect] => [banner, signs.topic(banner.topicCode)]),
  ];
  const uvRects = createUvRectAttribute(Math.max(1, quads.length));
  const quad = new PlaneGeometry(1, 1).setAttribute(UV_RECT_ATTRIBUTE, uvRects);
  quads.forEach(([, rect], i) => setUvRect(uvRects, i, rect));
  const meshes = [
    pieceMesh(box, postMaterial, [...gates.posts, ...screenParts.flatMap((parts) => parts.posts)]),
    pieceMesh(
      box,
      panelMaterial,
      screenParts.map((parts) => parts.panel),
    ),
    pieceMesh(
      quad,
      quadMaterial,
      quads.map(([piece]) => piece),
    ),
  ];
  const owned = [box, quad, postMaterial, panelMaterial, quadMaterial, signs.atlas, ...meshes];
  return { meshes, dispose: () => owned.forEach((resource) => resource.dispose()) };
}

const matrix = new Matrix4();
const position = new Vector3();
const rotation = new Quaternion();
const euler = new Euler();
const scale = new Vector3();

function pieceMesh(geometry: BufferGeometry, material: Material, pieces: readonly SignPiece[]) {
  const mesh = new InstancedMesh(geometry, material, Math.max(1, pieces.length));
  mesh.count = pieces.length;
  pieces.forEach((piece, i) => {
    floorToWorld(piece.x, piece.y, piece.elevation, position);
    rotation.setFromEuler(euler.set(0, piece.yaw, 0));
    scale.set(piece.width, piece.height, piece.depth === 0 ? 1 : piece.depth);
    mesh.setMatrixAt(i, matrix.compose(position, rotation, scale));
  });
  finishInstances(mesh);
  return mesh;
}
