import type { Screen } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import {
  cardPiece,
  FORUM_SCREEN_BEZEL,
  LAYER_LIFT,
  LOWER_THIRD,
  lowerThirdPiece,
  videoPiece,
} from './forumScreenPlacement.ts';
import { screenPieces } from './signPlacement.ts';

const SOUTH: Screen = { id: 's', stageId: 'stage', x: 15, y: 45, width: 6, facing: 'south' };
const EAST: Screen = { ...SOUTH, facing: 'east' };

describe('cardPiece', () => {
  it('stands just in front of the panel, on the side the screen faces', () => {
    const panel = screenPieces(SOUTH).panel;
    const card = cardPiece(SOUTH);
    expect(card.x).toBeCloseTo(15);
    expect(card.y).toBeCloseTo(45 - panel.depth / 2 - LAYER_LIFT.card);
    const east = cardPiece(EAST);
    expect(east.x).toBeCloseTo(15 + panel.depth / 2 + LAYER_LIFT.card);
    expect(east.y).toBeCloseTo(45);
  });

  it('fills the panel inside its bezel, at the panel’s height', () => {
    const panel = screenPieces(SOUTH).panel;
    const card = cardPiece(SOUTH);
    const inset = panel.height * FORUM_SCREEN_BEZEL;
    expect(card.width).toBeCloseTo(panel.width - 2 * inset);
    expect(card.height).toBeCloseTo(panel.height - 2 * inset);
    expect(card.elevation).toBe(panel.elevation);
    expect(card.yaw).toBe(panel.yaw);
  });
});

describe('videoPiece', () => {
  it('fits a wide picture to the width and a tall one to the height', () => {
    const card = cardPiece(SOUTH);
    const wide = videoPiece(SOUTH, 3);
    expect(wide.width).toBeCloseTo(card.width);
    expect(wide.height).toBeCloseTo(card.width / 3);
    const tall = videoPiece(SOUTH, 1);
    expect(tall.height).toBeCloseTo(card.height);
    expect(tall.width).toBeCloseTo(card.height);
  });

  it('fills the card when the picture’s shape is not known yet', () => {
    const card = cardPiece(SOUTH);
    expect(videoPiece(SOUTH, Number.NaN).width).toBeCloseTo(card.width);
    expect(videoPiece(SOUTH, 0).height).toBeCloseTo(card.height);
  });
});

describe('lowerThirdPiece', () => {
  it('covers the bottom of the picture, in front of the video', () => {
    const card = cardPiece(SOUTH);
    const band = lowerThirdPiece(SOUTH);
    expect(band.height).toBeCloseTo(card.height * LOWER_THIRD);
    expect(band.elevation - band.height / 2).toBeCloseTo(card.elevation - card.height / 2);
    expect(LAYER_LIFT.lowerThird).toBeGreaterThan(LAYER_LIFT.video);
    expect(LAYER_LIFT.video).toBeGreaterThan(LAYER_LIFT.card);
  });
});
