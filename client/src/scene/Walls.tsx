/** The hall's outer walls: four boxes around the floor's edges, one instanced mesh. */
import type { HallFloor } from '@salon/shared';
import {
  BoxGeometry,
  InstancedMesh,
  Matrix4,
  MeshLambertMaterial,
  Quaternion,
  Vector3,
} from 'three';
import { useMemo } from 'react';
import { floorToWorld } from './floorToWorld.ts';
import { finishInstances, own } from './ownedObject.ts';
import { useDisposal } from './useDisposal.ts';

const HEIGHT = 5;
const THICKNESS = 0.6;

export function Walls({ floor }: { readonly floor: HallFloor }) {
  const walls = useMemo(() => {
    const geometry = new BoxGeometry(1, 1, 1);
    const material = new MeshLambertMaterial({ color: '#d5dbe3' });
    const mesh = new InstancedMesh(geometry, material, 4);
    const { width, depth } = floor;
    const t = THICKNESS;
    // Centre x, centre y, length along x, length along y (floor metres), outside the floor.
    const boxes = [
      [width / 2, -t / 2, width + 2 * t, t],
      [width / 2, depth + t / 2, width + 2 * t, t],
      [-t / 2, depth / 2, t, depth],
      [width + t / 2, depth / 2, t, depth],
    ] as const;
    const matrix = new Matrix4();
    const unturned = new Quaternion();
    boxes.forEach(([x, y, alongX, alongY], i) => {
      const size = new Vector3(alongX, HEIGHT, alongY);
      mesh.setMatrixAt(i, matrix.compose(floorToWorld(x, y, HEIGHT / 2), unturned, size));
    });
    finishInstances(mesh);
    return own(mesh, [geometry, material, mesh]);
  }, [floor]);
  useDisposal(walls);
  return <primitive object={walls.object} />;
}
