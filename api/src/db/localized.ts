/** Rows keep each language in its own column; the api speaks `{ ru, en }`. */
import type { LocalizedText } from '@salon/shared';

export function localized(ru: string, en: string): LocalizedText {
  return { ru, en };
}

export function pageOffset(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}
