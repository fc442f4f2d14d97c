/**
 * A scene object built imperatively together with the GPU resources only it uses; `dispose`
 * frees them all. Shared resources (one unit box for several meshes) are listed once.
 */
import type { InstancedMesh, Object3D } from 'three';

export interface Owned<T extends Object3D> {
  readonly object: T;
  dispose(): void;
}

export function own<T extends Object3D>(
  object: T,
  resources: readonly { dispose(): void }[],
): Owned<T> {
  return {
    object,
    dispose() {
      for (const resource of resources) resource.dispose();
    },
  };
}

/** Recomputes the bounds used for culling and picking after the instances were written. */
export function finishInstances(mesh: InstancedMesh): void {
  mesh.instanceMatrix.needsUpdate = true;
  if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  mesh.computeBoundingBox();
  mesh.computeBoundingSphere();
}
