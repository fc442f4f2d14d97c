import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { ru } from '../i18n/ru.ts';
import { defaultGuestName } from './guestName.ts';

beforeAll(async () => {
  await i18next.init({
    resources: { ru: { translation: ru }, en: { translation: en } },
    lng: 'ru',
    interpolation: { escapeValue: false },
  });
});

describe('defaultGuestName', () => {
  it('follows the interface language', async () => {
    await i18next.changeLanguage('ru');
    expect(defaultGuestName(() => 0.5)).toBe('Гость 5500');
    await i18next.changeLanguage('en');
    expect(defaultGuestName(() => 0.5)).toBe('Guest 5500');
  });

  it('always has four digits', () => {
    expect(defaultGuestName(() => 0)).toMatch(/ 1000$/);
    expect(defaultGuestName(() => 0.99999)).toMatch(/ 9999$/);
  });
});
