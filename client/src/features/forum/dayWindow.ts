/**
 * A forum day as a time window for the webinars beside it. Forum days are days of the fair's
 * own clock (Moscow, UTC+3 all year), so a day runs from 00:00 to 24:00 Moscow time whatever
 * the visitor's zone.
 */
const FAIR_OFFSET = '+03:00';

export function dayWindow(day: string): { from: string; to: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const start = Date.parse(`${day}T00:00:00${FAIR_OFFSET}`);
  if (Number.isNaN(start)) return null;
  return {
    from: `${day}T00:00:00${FAIR_OFFSET}`,
    to: new Date(start + 24 * 60 * 60_000 - 1000).toISOString().replace('.000Z', 'Z'),
  };
}
