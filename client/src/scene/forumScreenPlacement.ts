/**
 * Where the layers of a forum screen go, in floor metres, in front of its dark panel
 * (signPlacement.ts `screenPieces`): the card (ForumScreenCards.ts), the program video over it
 * (ForumProgramPlayer.ts), and the "LIVE" lower third over the video. Each layer stands a little
 * further out than the one below, so depth testing stacks them without a sort. Pure.
 */
import type { Screen } from '@salon/shared';
import { screenPieces, type SignPiece } from './signPlacement.ts';

/** Bezel around the picture, as a share of the screen's height. */
export const FORUM_SCREEN_BEZEL = 0.03;
/** The lower third's share of the picture's height (and of the card's: the card draws it too). */
export const LOWER_THIRD = 0.2;

/** How far in front of the panel's front face each layer stands, metres. */
export const LAYER_LIFT = { card: 0.012, video: 0.024, lowerThird: 0.036 } as const;
export type ScreenLayer = keyof typeof LAYER_LIFT;

/** The picture area of `screen` (inside the bezel), `lift` metres out from the panel's front. */
function pictureAt(screen: Screen, lift: number): SignPiece {
  const { panel } = screenPieces(screen);
  const out = panel.depth / 2 + lift;
  const inset = panel.height * FORUM_SCREEN_BEZEL;
  // Local +z (the front) along the floor is (sin yaw, −cos yaw) (floorToWorld.ts).
  return {
    ...panel,
    x: panel.x + Math.sin(panel.yaw) * out,
    y: panel.y - Math.cos(panel.yaw) * out,
    width: panel.width - 2 * inset,
    height: panel.height - 2 * inset,
    depth: 0,
  };
}

/** The card: the whole picture area. */
export function cardPiece(screen: Screen): SignPiece {
  return pictureAt(screen, LAYER_LIFT.card);
}

/** The program video, fitted inside the picture area at its own aspect (width ÷ height). */
export function videoPiece(screen: Screen, aspect: number): SignPiece {
  const area = pictureAt(screen, LAYER_LIFT.video);
  const fitted = Number.isFinite(aspect) && aspect > 0 ? aspect : area.width / area.height;
  const wide = fitted > area.width / area.height;
  return {
    ...area,
    width: wide ? area.width : area.height * fitted,
    height: wide ? area.width / fitted : area.height,
  };
}

/** The lower third: the bottom LOWER_THIRD of the picture area, over the video. */
export function lowerThirdPiece(screen: Screen): SignPiece {
  const area = pictureAt(screen, LAYER_LIFT.lowerThird);
  const height = area.height * LOWER_THIRD;
  return { ...area, height, elevation: area.elevation - area.height / 2 + height / 2 };
}
