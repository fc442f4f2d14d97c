/**
 * Link materials by kind of exhibitor: title ru, title en, and the page on the exhibitor's
 * website (appended to its `https://….example` address).
 */
import type { ExhibitorKind } from '@salon/shared';

export type LinkRow = readonly [string, string, string];

// prettier-ignore
export const STAND_LINKS: Readonly<Record<ExhibitorKind, readonly LinkRow[]>> = {
  business: [
    ['Каталог продуктов', 'Product catalogue', 'catalogue'],
    ['Записаться на вебинар', 'Sign up for a webinar', 'webinars'],
    ['Тарифы для школ', 'Prices for schools', 'pricing'],
    ['Запросить демодоступ', 'Request a demo account', 'demo'],
  ],
  regionalSystem: [
    ['Портал образования региона', 'The region’s education portal', 'portal'],
    ['Новости и документы', 'News and documents', 'news'],
    ['Региональные проекты', 'Regional projects', 'projects'],
  ],
  institution: [
    ['Правила приёма', 'Admission rules', 'admission'],
    ['День открытых дверей', 'Open day', 'open-day'],
    ['Новости', 'News', 'news'],
  ],
};
