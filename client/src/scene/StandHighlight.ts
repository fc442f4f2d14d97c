/**
 * Marks the stand the visitor is near enough to enter (world.nearStandId): a pulsing curtain of
 * light around its footprint, brightest at the floor, and an "Enter" decal at its entrance that
 * reads from the alley. One unit-sized curtain is moved and scaled to the stand, so changing the
 * near stand costs no geometry work.
 */
import { standEntrance, type Stand } from '@salon/shared';
import {
  AdditiveBlending,
  BufferAttribute,
  BufferGeometry,
  CanvasTexture,
  Color,
  DoubleSide,
  Group,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  ShaderMaterial,
  SRGBColorSpace,
} from 'three';
import type { HallWorld } from '../state/hallWorld.ts';
import { CANVAS_FONT } from './drawFittedText.ts';
import { floorToWorld } from './floorToWorld.ts';

const CURTAIN_HEIGHT = 2.4;
const MARGIN = 0.3;
/** From the entrance point (1 m outside the open side) to the decal's centre. */
const DECAL_REACH = 1.3;
const COLOR = '#38bdf8';

const curtainShader = {
  vertexShader: /* glsl */ `
    varying float vHeight;
    void main() {
      vHeight = position.y;
      gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
    }
  `,
  fragmentShader: /* glsl */ `
    uniform float pulse;
    uniform vec3 color;
    varying float vHeight;
    void main() {
      // Brightest at the floor, fading upwards, with a crisp line along the footprint.
      float glow = pow(1.0 - vHeight, 2.0) * 0.55 + step(vHeight, 0.025) * 0.6;
      gl_FragColor = vec4(color * glow * pulse, 1.0);
      #include <colorspace_fragment>
    }
  `,
};

export class StandHighlight {
  readonly group = new Group();
  private readonly curtain: Mesh<BufferGeometry, ShaderMaterial>;
  private readonly decal: Mesh<PlaneGeometry, MeshBasicMaterial>;
  private readonly pulse = { value: 1 };
  private standId: string | null = null;
  private time = 0;

  constructor(enterLabel: string, anisotropy: number) {
    const material = new ShaderMaterial({
      ...curtainShader,
      uniforms: { pulse: this.pulse, color: { value: new Color(COLOR) } },
      transparent: true,
      depthWrite: false,
      blending: AdditiveBlending,
      side: DoubleSide,
    });
    this.curtain = new Mesh(createCurtainGeometry(), material);
    this.curtain.renderOrder = 4;
    this.decal = new Mesh(
      new PlaneGeometry(1.8, 0.45).rotateX(-Math.PI / 2),
      new MeshBasicMaterial({
        map: createEnterTexture(enterLabel, anisotropy),
        transparent: true,
        depthWrite: false,
      }),
    );
    this.decal.renderOrder = 2;
    this.group.add(this.curtain, this.decal);
    this.group.visible = false;
  }

  update(world: HallWorld, standsById: ReadonlyMap<string, Stand>, delta: number): void {
    this.time += delta;
    const stand = world.nearStandId === null ? undefined : standsById.get(world.nearStandId);
    this.group.visible = stand !== undefined;
    if (!stand) {
      this.standId = null;
      return;
    }
    this.pulse.value = 0.75 + 0.25 * Math.sin(this.time * 4);
    if (stand.id === this.standId) return;
    this.standId = stand.id;
    floorToWorld(stand.x, stand.y, 0, this.curtain.position);
    this.curtain.scale.set(stand.width + MARGIN, CURTAIN_HEIGHT, stand.depth + MARGIN);
    // The decal lies just inside the open side, where an arriving avatar does not cover it,
    // its text's top towards the back of the stand.
    const entrance = standEntrance(stand);
    const inward = Math.atan2(stand.y - entrance.y, stand.x - entrance.x);
    const reach = DECAL_REACH;
    floorToWorld(
      entrance.x + Math.cos(inward) * reach,
      entrance.y + Math.sin(inward) * reach,
      0.09,
      this.decal.position,
    );
    this.decal.rotation.y = inward - Math.PI / 2;
  }

  dispose(): void {
    this.curtain.geometry.dispose();
    this.curtain.material.dispose();
    this.decal.geometry.dispose();
    this.decal.material.map?.dispose();
    this.decal.material.dispose();
  }
}

/** The four sides of a unit box (footprint −0.5…0.5, height 0…1), open at top and bottom. */
function createCurtainGeometry(): BufferGeometry {
  const corners = [
    [-0.5, -0.5],
    [0.5, -0.5],
    [0.5, 0.5],
    [-0.5, 0.5],
  ] as const;
  const positions: number[] = [];
  corners.forEach(([x0, z0], i) => {
    const [x1, z1] = corners[(i + 1) % 4] ?? corners[0];
    positions.push(x0, 0, z0, x1, 0, z1, x1, 1, z1, x0, 0, z0, x1, 1, z1, x0, 1, z0);
  });
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(positions), 3));
  return geometry;
}

function createEnterTexture(label: string, anisotropy: number): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = 256;
  canvas.height = 64;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('A 2D canvas context is not available');
  context.fillStyle = COLOR;
  context.beginPath();
  context.roundRect(2, 2, 252, 60, 30);
  context.fill();
  context.fillStyle = '#0f172a';
  context.font = `800 34px ${CANVAS_FONT}`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(`▲ ${label}`, 128, 34);
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = anisotropy;
  return texture;
}
