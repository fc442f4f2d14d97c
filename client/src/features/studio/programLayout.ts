/**
 * Where each part of the program goes on the program's frame, from the studio's layout and
 * what is available right now. Pure, so that the producer's compositor and its tests agree.
 *
 * Invariant: only the moderator and the speaker ON AIR ever appear; a backstage speaker has no
 * place in this function's input. A layout that needs something missing falls back to the
 * nearest one that can be shown (no speaker on air → the moderator alone; no slides → the
 * people), so the program is never an empty frame.
 */
import type { OnAirMode, StudioLayout } from '@salon/shared';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type ProgramWho = 'moderator' | 'speaker';

export type ProgramItem =
  | { kind: 'video'; who: ProgramWho; rect: Rect }
  /** The person's name on a card: heard only, or their camera is not there. */
  | { kind: 'nameCard'; who: ProgramWho; rect: Rect }
  | { kind: 'slide'; rect: Rect };

export interface ProgramInput {
  layout: StudioLayout;
  /** The speaker on air, with whether their camera track is there; null when nobody is. */
  speaker: { mode: OnAirMode; hasVideo: boolean } | null;
  moderatorHasVideo: boolean;
  /** A page of the on-air speaker's slides is ready to draw. */
  hasSlide: boolean;
  width: number;
  height: number;
}

/** The layout actually shown, given what is there. */
export function effectiveLayout(input: ProgramInput): StudioLayout | 'speakerOnly' {
  const { layout, speaker, hasSlide } = input;
  if (!speaker) return 'moderatorOnly';
  switch (layout) {
    case 'moderatorOnly':
    case 'moderatorAndSpeaker':
      return layout;
    case 'speakerAndSlides':
      return hasSlide ? layout : 'speakerOnly';
    case 'slidesOnly':
      return hasSlide ? layout : 'moderatorAndSpeaker';
  }
}

/** The largest rectangle of the given aspect ratio centred in `box`. */
export function fit(box: Rect, aspect: number): Rect {
  const w = Math.min(box.w, box.h * aspect);
  const h = w / aspect;
  return {
    x: Math.round(box.x + (box.w - w) / 2),
    y: Math.round(box.y + (box.h - h) / 2),
    w: Math.round(w),
    h: Math.round(h),
  };
}

export function programLayout(input: ProgramInput): ProgramItem[] {
  const { width, height } = input;
  const full: Rect = { x: 0, y: 0, w: width, h: height };
  const gap = Math.round(width * 0.02);
  const person = (who: ProgramWho, rect: Rect): ProgramItem => {
    const seen =
      who === 'moderator'
        ? input.moderatorHasVideo
        : input.speaker?.mode === 'video' && input.speaker.hasVideo;
    return { kind: seen ? 'video' : 'nameCard', who, rect };
  };
  switch (effectiveLayout(input)) {
    case 'moderatorOnly':
      return [person('moderator', full)];
    case 'speakerOnly':
      return [person('speaker', full)];
    case 'moderatorAndSpeaker': {
      const half = (width - 3 * gap) / 2;
      return [
        person('moderator', fit({ x: gap, y: 0, w: half, h: height }, 16 / 9)),
        person('speaker', fit({ x: 2 * gap + half, y: 0, w: half, h: height }, 16 / 9)),
      ];
    }
    case 'speakerAndSlides': {
      const side = Math.round((width - 3 * gap) * 0.3);
      const slideWidth = width - 3 * gap - side;
      return [
        person('speaker', fit({ x: gap, y: 0, w: side, h: height }, 16 / 9)),
        { kind: 'slide', rect: { x: 2 * gap + side, y: gap, w: slideWidth, h: height - 2 * gap } },
      ];
    }
    case 'slidesOnly':
      return [{ kind: 'slide', rect: full }];
  }
}

/** Whose sound is in the program: the moderator always, the speaker on air in either mode. */
export function programVoices(speakerOnAir: boolean): ProgramWho[] {
  return speakerOnAir ? ['moderator', 'speaker'] : ['moderator'];
}
