/**
 * The one quad that covers a stand's screen when it shows more than its idle look: the
 * presentation's poster, a video (the presentation or the live host's), or the "host is off
 * camera" card. It is a single mesh for the whole hall, so whatever it shows costs one draw call;
 * the "LIVE" badge is drawn by its own shader from the live atlas (liveAtlas.ts), switched by a
 * uniform, never by another mesh. A poster that loads after something else was shown is dropped.
 */
import {
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  SRGBColorSpace,
  TextureLoader,
  Vector4,
  VideoTexture,
  type Texture,
} from 'three';
import type { OcclusionCutout } from './OcclusionCutout.ts';
import { LIVE_BADGE_ASPECT, LIVE_CARD_ASPECT, LiveAtlas, type LiveLabels } from './liveAtlas.ts';
import { SCREEN_BEZEL } from './screenMaterial.ts';
import { boothParts, partMatrix, type StandFrame } from './standParts.ts';

/** In front of the idle screen by this much (metres), with a polygon offset for the rest. */
const LIFT = 0.004;
/** The badge's height and its margin from the corner, as shares of the overlay's height. */
const BADGE_HEIGHT = 0.17;
const BADGE_MARGIN = 0.04;

const badgeDeclarations = /* glsl */ `
  uniform sampler2D liveBadge;
  uniform vec4 liveBadgeRect;
  uniform vec4 liveBadgeBox;
  uniform float liveOn;
  varying vec2 vOverlayUv;
`;

// Sampled outside any branch (the atlas is mipmapped); blended premultiplied.
const badgeFragment = /* glsl */ `
  vec2 badgeAt = (vOverlayUv - liveBadgeBox.xy) / liveBadgeBox.zw;
  vec4 badge = texture2D(liveBadge, liveBadgeRect.xy + clamp(badgeAt, 0.0, 1.0) * liveBadgeRect.zw);
  float onBadge = liveOn * step(0.0, badgeAt.x) * step(badgeAt.x, 1.0)
    * step(0.0, badgeAt.y) * step(badgeAt.y, 1.0);
  diffuseColor.rgb = mix(diffuseColor.rgb, diffuseColor.rgb * (1.0 - badge.a) + badge.rgb, onBadge);
`;

const placement = new Matrix4();
const loader = new TextureLoader();

export type OverlayLook = 'idle' | 'poster' | 'video' | 'offCamera';

export class ScreenOverlay {
  readonly mesh: Mesh<PlaneGeometry, MeshBasicMaterial>;
  private readonly atlas = new LiveAtlas();
  /** The off-camera card: the atlas again, through a map transform of its own. */
  private readonly card: Texture;
  private readonly uniforms = {
    liveBadge: { value: this.atlas.texture as Texture },
    liveBadgeRect: { value: new Vector4() },
    liveBadgeBox: { value: new Vector4() },
    liveOn: { value: 0 },
  };
  private shown: OverlayLook = 'idle';
  /** The poster loading or shown, owned here until something else is shown. */
  private poster: Texture | null = null;

  constructor(cutout: OcclusionCutout) {
    const { badge, card } = this.atlas;
    this.uniforms.liveBadgeRect.value.set(badge.u, badge.v, badge.width, badge.height);
    this.card = this.atlas.texture.clone();
    this.card.offset.set(card.u, card.v);
    this.card.repeat.set(card.width, card.height);
    const material = cutout.apply(
      new MeshBasicMaterial({
        toneMapped: false,
        polygonOffset: true,
        polygonOffsetFactor: -1,
        polygonOffsetUnits: -4,
      }),
    );
    const cutoutPatch = material.onBeforeCompile.bind(material);
    const cutoutKey = material.customProgramCacheKey.bind(material);
    material.onBeforeCompile = (shader, renderer) => {
      cutoutPatch(shader, renderer);
      Object.assign(shader.uniforms, this.uniforms);
      shader.vertexShader = `${badgeDeclarations}\n${shader.vertexShader}`.replace(
        /void main\(\)\s*\{/,
        (start) => `${start}\n  vOverlayUv = uv;`,
      );
      shader.fragmentShader = `${badgeDeclarations}\n${shader.fragmentShader}`.replace(
        '#include <map_fragment>',
        `#include <map_fragment>\n${badgeFragment}`,
      );
    };
    material.customProgramCacheKey = () => `${cutoutKey()}+live-badge`;
    this.mesh = new Mesh(new PlaneGeometry(1, 1), material);
    this.mesh.visible = false;
  }

  /** The badge's and the card's words, in the page's language. */
  setLabels(labels: LiveLabels): void {
    this.atlas.draw(labels);
    // The clone shares the atlas' image: either one's upload serves both.
    this.card.needsUpdate = true;
  }

  get look(): OverlayLook {
    return this.shown;
  }

  /** Loads the poster and shows it, unless something else is shown before it arrives. */
  showPoster(frame: StandFrame, url: string): void {
    this.dropPoster();
    const poster = loader.load(
      url,
      (texture) => {
        if (texture !== this.poster || this.shown !== 'idle') return;
        const image = texture.image as { width: number; height: number };
        this.cover(frame, texture, image.width / image.height, false);
        this.shown = 'poster';
      },
      undefined,
      // No poster: the idle look stays until the video's first frame.
      () => undefined,
    );
    poster.colorSpace = SRGBColorSpace;
    this.poster = poster;
  }

  /** A video (its VideoTexture), with the "LIVE" badge when `live`. */
  showVideo(frame: StandFrame, texture: VideoTexture, aspect: number, live: boolean): void {
    this.dropPoster();
    this.cover(frame, texture, aspect, live);
    this.shown = 'video';
  }

  /** The off-camera card with the badge. */
  showOffCamera(frame: StandFrame): void {
    this.dropPoster();
    this.cover(frame, this.card, LIVE_CARD_ASPECT, true);
    this.shown = 'offCamera';
  }

  /** The video's shape changed (a shared screen instead of a camera): fit it again. */
  refit(frame: StandFrame, aspect: number): void {
    const map = this.mesh.material.map;
    if (this.shown === 'video' && map) {
      this.cover(frame, map, aspect, this.uniforms.liveOn.value === 1);
    }
  }

  /**
   * Puts `texture` over the screen of the stand in `frame`, fitted inside the bezel at its own
   * aspect, with the "LIVE" badge in its corner when `live`.
   */
  private cover(frame: StandFrame, texture: Texture, aspect: number, live: boolean): void {
    const screen = boothParts(frame).screen;
    const inset = screen.height * SCREEN_BEZEL;
    const width = screen.width - 2 * inset;
    const height = screen.height - 2 * inset;
    const fitted = Number.isFinite(aspect) && aspect > 0 ? aspect : width / height;
    const wide = fitted > width / height;
    const box = {
      ...screen,
      z: screen.z + LIFT,
      width: wide ? width : height * fitted,
      height: wide ? width / fitted : height,
    };
    partMatrix(frame, box, placement).decompose(
      this.mesh.position,
      this.mesh.quaternion,
      this.mesh.scale,
    );
    // In the overlay's own uv: the height is 1, the width `fitted`.
    const badgeWidth = (BADGE_HEIGHT * LIVE_BADGE_ASPECT) / fitted;
    this.uniforms.liveBadgeBox.value.set(
      BADGE_MARGIN / fitted,
      1 - BADGE_MARGIN - BADGE_HEIGHT,
      badgeWidth,
      BADGE_HEIGHT,
    );
    this.uniforms.liveOn.value = live ? 1 : 0;
    const material = this.mesh.material;
    // Video textures are decoded in the shader: a switch of kind needs the other program.
    if (mapKind(material.map) !== mapKind(texture)) material.needsUpdate = true;
    material.map = texture;
    this.mesh.visible = true;
  }

  /** Back to the screen's idle look. The map stays assigned: swapping maps keeps the shader. */
  hide(): void {
    this.dropPoster();
    this.mesh.visible = false;
    this.uniforms.liveOn.value = 0;
    this.shown = 'idle';
  }

  dispose(): void {
    this.hide();
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
    this.card.dispose();
    this.atlas.dispose();
  }

  private dropPoster(): void {
    this.poster?.dispose();
    this.poster = null;
  }
}

function mapKind(map: Texture | null): 'none' | 'video' | 'image' {
  if (map === null) return 'none';
  return map instanceof VideoTexture ? 'video' : 'image';
}
