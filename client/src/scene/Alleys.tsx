/**
 * The alleys as carpet strips on the floor: one instanced mesh, each strip tinted by its topic
 * (connecting alleys neutral). Strips overlap at junctions, so they skip depth writes and draw in
 * a fixed order above the floor (themed first, connecting alleys over them) instead of
 * z-fighting; a strip runs half its width past each end to close the corners.
 */
import type { Alley } from '@salon/shared';
import {
  CanvasTexture,
  Color,
  InstancedMesh,
  Matrix4,
  MeshLambertMaterial,
  PlaneGeometry,
  Quaternion,
  SRGBColorSpace,
  Vector3,
} from 'three';
import { useMemo } from 'react';
import { directionToYaw, floorToWorld } from './floorToWorld.ts';
import { finishInstances, own, type Owned } from './ownedObject.ts';
import { topicColor } from './topicColor.ts';
import { useDisposal } from './useDisposal.ts';

const CONNECTING_COLOR = '#b9ad99';
const THEMED_TINT = 0.45;
const LIFT = 0.01;

export function Alleys({ alleys }: { readonly alleys: readonly Alley[] }) {
  const strips = useMemo(() => createAlleyStrips(alleys), [alleys]);
  useDisposal(strips);
  return <primitive object={strips.object} />;
}

const matrix = new Matrix4();
const position = new Vector3();
const rotation = new Quaternion();
const scale = new Vector3();
const up = new Vector3(0, 1, 0);
const white = new Color('#ffffff');
const color = new Color();

export function createAlleyStrips(alleys: readonly Alley[]): Owned<InstancedMesh> {
  const geometry = new PlaneGeometry(1, 1).rotateX(-Math.PI / 2);
  const edges = createEdgeTexture();
  const material = new MeshLambertMaterial({
    map: edges,
    depthWrite: false,
    polygonOffset: true,
    polygonOffsetFactor: -1,
    polygonOffsetUnits: -1,
  });
  const ordered = [...alleys].sort(
    (a, b) => Number(a.topicCode === null) - Number(b.topicCode === null),
  );
  const mesh = new InstancedMesh(geometry, material, Math.max(1, ordered.length));
  mesh.count = ordered.length;
  mesh.renderOrder = 1;
  ordered.forEach((alley, i) => {
    const dx = alley.to.x - alley.from.x;
    const dy = alley.to.y - alley.from.y;
    const length = Math.hypot(dx, dy);
    floorToWorld((alley.from.x + alley.to.x) / 2, (alley.from.y + alley.to.y) / 2, LIFT, position);
    rotation.setFromAxisAngle(up, directionToYaw(dx, dy));
    scale.set(alley.width, 1, length + alley.width);
    mesh.setMatrixAt(i, matrix.compose(position, rotation, scale));
    if (alley.topicCode === null) color.set(CONNECTING_COLOR);
    else color.setStyle(topicColor(alley.topicCode)).lerp(white, THEMED_TINT);
    mesh.setColorAt(i, color);
  });
  finishInstances(mesh);
  return own(mesh, [geometry, material, edges, mesh]);
}

/** Across a strip: a darker border at both edges, so neighbouring carpets read apart. */
function createEdgeTexture(): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 1;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('A 2D canvas context is not available');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, 64, 1);
  context.fillStyle = '#9a9a9a';
  context.fillRect(0, 0, 2, 1);
  context.fillRect(62, 0, 2, 1);
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return texture;
}
