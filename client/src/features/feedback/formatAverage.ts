/** An average rating with one decimal in the reader's language ("4,5" / "4.5"); a dash for none. */
import type { Locale } from '@salon/shared';

export function formatAverage(average: number | null, locale: Locale): string {
  if (average === null || !Number.isFinite(average)) return '—';
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(average);
}
