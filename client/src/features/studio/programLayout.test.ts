import { describe, expect, it } from 'vitest';
import {
  effectiveLayout,
  fit,
  programLayout,
  programVoices,
  type ProgramInput,
} from './programLayout.ts';

const base: ProgramInput = {
  layout: 'moderatorOnly',
  speaker: null,
  moderatorHasVideo: true,
  hasSlide: false,
  width: 1280,
  height: 720,
};
const onAir = { mode: 'video', hasVideo: true } as const;

function kinds(input: Partial<ProgramInput>) {
  return programLayout({ ...base, ...input }).map((item) =>
    item.kind === 'slide' ? 'slide' : `${item.kind}:${item.who}`,
  );
}

describe('programLayout', () => {
  it('shows the moderator alone on the whole frame', () => {
    expect(programLayout(base)).toEqual([
      { kind: 'video', who: 'moderator', rect: { x: 0, y: 0, w: 1280, h: 720 } },
    ]);
  });

  it('never shows a speaker when nobody is on air, whatever the layout', () => {
    for (const layout of [
      'moderatorOnly',
      'moderatorAndSpeaker',
      'speakerAndSlides',
      'slidesOnly',
    ] as const) {
      expect(kinds({ layout, hasSlide: true })).toEqual(['video:moderator']);
    }
  });

  it('puts the moderator and the speaker side by side, inside the frame, not overlapping', () => {
    const [left, right] = programLayout({ ...base, layout: 'moderatorAndSpeaker', speaker: onAir });
    expect(left).toMatchObject({ kind: 'video', who: 'moderator' });
    expect(right).toMatchObject({ kind: 'video', who: 'speaker' });
    if (!left || !right) throw new Error('two items expected');
    expect(left.rect.x + left.rect.w).toBeLessThan(right.rect.x);
    expect(right.rect.x + right.rect.w).toBeLessThanOrEqual(1280);
    expect(left.rect.w / left.rect.h).toBeCloseTo(16 / 9, 1);
  });

  it('shows a name card for a speaker heard only, or whose camera is missing', () => {
    const layout = 'moderatorAndSpeaker';
    expect(kinds({ layout, speaker: { mode: 'audioOnly', hasVideo: true } })).toEqual([
      'video:moderator',
      'nameCard:speaker',
    ]);
    expect(kinds({ layout, speaker: { mode: 'video', hasVideo: false } })).toEqual([
      'video:moderator',
      'nameCard:speaker',
    ]);
    expect(kinds({ moderatorHasVideo: false })).toEqual(['nameCard:moderator']);
  });

  it('shows the speaker beside the larger slide', () => {
    const items = programLayout({
      ...base,
      layout: 'speakerAndSlides',
      speaker: onAir,
      hasSlide: true,
    });
    expect(items.map((item) => item.kind)).toEqual(['video', 'slide']);
    const [speaker, slide] = items;
    if (!speaker || !slide) throw new Error('two items expected');
    expect(slide.rect.w).toBeGreaterThan(speaker.rect.w);
    expect(slide.rect.x).toBeGreaterThan(speaker.rect.x + speaker.rect.w);
  });

  it('falls back to the people when the slides are not there', () => {
    expect(kinds({ layout: 'speakerAndSlides', speaker: onAir })).toEqual(['video:speaker']);
    expect(kinds({ layout: 'slidesOnly', speaker: onAir })).toEqual([
      'video:moderator',
      'video:speaker',
    ]);
  });

  it('shows the slide full screen', () => {
    expect(
      programLayout({ ...base, layout: 'slidesOnly', speaker: onAir, hasSlide: true }),
    ).toEqual([{ kind: 'slide', rect: { x: 0, y: 0, w: 1280, h: 720 } }]);
  });
});

describe('effectiveLayout', () => {
  it('keeps a layout that can be shown', () => {
    expect(effectiveLayout({ ...base, layout: 'slidesOnly', speaker: onAir, hasSlide: true })).toBe(
      'slidesOnly',
    );
  });
});

describe('fit', () => {
  it('centres the largest rectangle of the aspect in the box', () => {
    expect(fit({ x: 0, y: 0, w: 400, h: 400 }, 2)).toEqual({ x: 0, y: 100, w: 400, h: 200 });
    expect(fit({ x: 10, y: 0, w: 400, h: 100 }, 2)).toEqual({ x: 110, y: 0, w: 200, h: 100 });
  });
});

describe('programVoices', () => {
  it('mixes the speaker in only while on air', () => {
    expect(programVoices(false)).toEqual(['moderator']);
    expect(programVoices(true)).toEqual(['moderator', 'speaker']);
  });
});
