/**
 * i18next set up for Russian and English. The choice is remembered; the first visit follows
 * the browser, with Russian for anyone whose browser does not prefer English.
 */
import type { LocalizedText, Locale } from '@salon/shared';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './en.ts';
import { ru } from './ru.ts';

const STORAGE_KEY = 'salon.locale';

function initialLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'ru' || saved === 'en') return saved;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'ru';
}

void i18next.use(initReactI18next).init({
  resources: { ru: { translation: ru }, en: { translation: en } },
  lng: initialLocale(),
  fallbackLng: 'ru',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18next.language;

export function setLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  void i18next.changeLanguage(locale);
}

/** The current locale, and a picker for `{ ru, en }` texts from the api. */
export function useLocale(): { locale: Locale; pick: (text: LocalizedText) => string } {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'ru';
  return { locale, pick: (text) => text[locale] };
}

export const i18n = i18next;
