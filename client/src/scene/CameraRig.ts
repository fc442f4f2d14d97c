/**
 * The hall camera's behaviour, once per frame: behind and above the own avatar, looking a little
 * ahead of it, eased so it glides rather than jerks; orbited by the visitor (CameraInput); swinging
 * back behind the avatar when it walks a path and the visitor has not orbited for a while (never
 * while walking by keyboard, which is relative to the view: `world.cameraYaw`). With no own
 * avatar it shows the whole hall, turning slowly. Fog follows the camera's distance, and the
 * occlusion cut-out follows the avatar on screen.
 */
import type { HallFloor } from '@salon/shared';
import { Fog, Vector3, type PerspectiveCamera, type Scene } from 'three';
import type { HallWorld } from '../state/hallWorld.ts';
import type { CameraInput } from './CameraInput.ts';
import { floorToWorld } from './floorToWorld.ts';
import type { OcclusionCutout } from './OcclusionCutout.ts';
import {
  clamp,
  clampToHall,
  FOLLOW,
  orbitPose,
  overviewOrbit,
  turnTowards,
  type Orbit,
} from './orbitPose.ts';

const TURN_RADIANS_PER_SECOND = 1.8;
const AUTO_FOLLOW_DELAY_MS = 1500;
const AUTO_FOLLOW_RATE = 1.5;
const OVERVIEW_SPIN = 0.04;
const EYE_EASE = 5;
const LOOK_EASE = 7;

const desiredEye = new Vector3();
const chest = new Vector3();
const desiredLook = new Vector3();

export class CameraRig {
  private readonly follow: Orbit = {
    yaw: Math.PI / 2,
    pitch: FOLLOW.pitch,
    distance: FOLLOW.distance,
  };
  private readonly overview: Orbit;
  private readonly eye = new Vector3();
  private readonly look = new Vector3();
  private readonly cutout: OcclusionCutout;
  private following: boolean | null = null;

  constructor(floor: HallFloor, cutout: OcclusionCutout) {
    this.overview = overviewOrbit(floor);
    this.cutout = cutout;
  }

  update(
    world: HallWorld,
    input: CameraInput,
    camera: PerspectiveCamera,
    scene: Scene,
    delta: number,
  ): void {
    const self = world.selfId === null ? undefined : world.avatars.get(world.selfId);
    const following = self !== undefined;
    const orbit = following ? this.follow : this.overview;
    const size = Math.max(world.floor.width, world.floor.depth);
    if (following && this.following !== true) orbit.yaw = self.heading;
    orbit.yaw += input.yaw - input.turn * TURN_RADIANS_PER_SECOND * delta;
    orbit.pitch = clamp(orbit.pitch + input.pitch, FOLLOW.minPitch, FOLLOW.maxPitch);
    const nearest = following ? FOLLOW.minDistance : size * 0.15;
    const farthest = following ? FOLLOW.maxDistance : size * 1.4;
    orbit.distance = clamp(orbit.distance * input.zoom, nearest, farthest);
    input.yaw = 0;
    input.pitch = 0;
    input.zoom = 1;
    const idle = performance.now() - input.lastInput > AUTO_FOLLOW_DELAY_MS && !input.dragging;
    if (self) {
      const walking = self.state === 'walking';
      if (walking && world.path && idle) {
        orbit.yaw = turnTowards(orbit.yaw, self.heading, 1 - Math.exp(-delta * AUTO_FOLLOW_RATE));
      }
      const ahead = walking ? FOLLOW.lookAhead : 0.5;
      orbitPose(self.x, self.y, FOLLOW.targetHeight, orbit, ahead, desiredEye, desiredLook);
    } else {
      if (idle) orbit.yaw += OVERVIEW_SPIN * delta;
      orbitPose(world.floor.width / 2, world.floor.depth / 2, 0, orbit, 0, desiredEye, desiredLook);
    }
    clampToHall(desiredEye, world.floor);
    // The first frame cuts; joining glides from the overview down behind the avatar.
    if (this.following === null) {
      this.eye.copy(desiredEye);
      this.look.copy(desiredLook);
    }
    this.following = following;
    this.eye.lerp(desiredEye, 1 - Math.exp(-delta * EYE_EASE));
    this.look.lerp(desiredLook, 1 - Math.exp(-delta * LOOK_EASE));
    camera.position.copy(this.eye);
    camera.lookAt(this.look);
    // The avatars cull against this frame's view, before the renderer would update it.
    camera.updateMatrixWorld();
    const target = self ? floorToWorld(self.x, self.y, FOLLOW.targetHeight, chest) : null;
    this.cutout.aim(target, camera);
    // Keyboard and joystick walking are relative to where the view looks.
    world.cameraYaw = orbit.yaw;
    if (scene.fog instanceof Fog) {
      scene.fog.near = orbit.distance + (following ? 30 : size * 0.3);
      scene.fog.far = scene.fog.near + (following ? 150 : size * 1.5);
    }
  }
}
