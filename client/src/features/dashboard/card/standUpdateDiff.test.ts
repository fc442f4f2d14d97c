import type { Exhibitor } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { applyStandUpdate, draftFromExhibitor, standUpdateDiff } from './standUpdateDiff.ts';

const base: Pick<Exhibitor, 'name' | 'description' | 'colors' | 'contacts'> = {
  name: { ru: 'Школа будущего', en: 'School of the Future' },
  description: { ru: 'Описание', en: 'Description' },
  colors: { primary: '#1d4ed8', accent: '#f59e0b' },
  contacts: { website: 'https://school.example', email: null, phone: '+7 495 000-00-00' },
};

describe('draftFromExhibitor', () => {
  it('shows missing contacts as empty fields', () => {
    expect(draftFromExhibitor(base).contacts.email).toBe('');
  });
});

describe('standUpdateDiff', () => {
  it('sends nothing when nothing changed', () => {
    expect(standUpdateDiff(base, draftFromExhibitor(base))).toEqual({});
  });

  it('sends only the English description when only it changed, with both languages', () => {
    const draft = draftFromExhibitor(base);
    draft.description.en = 'New words';
    expect(standUpdateDiff(base, draft)).toEqual({
      description: { ru: 'Описание', en: 'New words' },
    });
  });

  it('ignores edits that only add spaces around the text', () => {
    const draft = draftFromExhibitor(base);
    draft.name.ru = '  Школа будущего  ';
    expect(standUpdateDiff(base, draft)).toEqual({});
  });

  it('sends trimmed text', () => {
    const draft = draftFromExhibitor(base);
    draft.name.en = ' School of Tomorrow ';
    expect(standUpdateDiff(base, draft).name).toEqual({
      ru: 'Школа будущего',
      en: 'School of Tomorrow',
    });
  });

  it('compares colours regardless of letter case', () => {
    const draft = draftFromExhibitor(base);
    draft.colors.primary = '#1D4ED8';
    expect(standUpdateDiff(base, draft)).toEqual({});
    draft.colors.accent = '#000000';
    expect(standUpdateDiff(base, draft)).toEqual({
      colors: { primary: '#1d4ed8', accent: '#000000' },
    });
  });

  it('turns a cleared contact into null and sends the whole contacts group', () => {
    const draft = draftFromExhibitor(base);
    draft.contacts.phone = '   ';
    expect(standUpdateDiff(base, draft)).toEqual({
      contacts: { website: 'https://school.example', email: null, phone: null },
    });
  });

  it('sends several groups when several changed', () => {
    const draft = draftFromExhibitor(base);
    draft.name.ru = 'Другое имя';
    draft.contacts.email = 'hello@school.example';
    expect(Object.keys(standUpdateDiff(base, draft)).sort()).toEqual(['contacts', 'name']);
  });
});

describe('applyStandUpdate', () => {
  it('replaces the changed groups and keeps the rest', () => {
    const next = applyStandUpdate(base, { colors: { primary: '#000000', accent: '#ffffff' } });
    expect(next.colors.primary).toBe('#000000');
    expect(next.name).toBe(base.name);
  });
});
