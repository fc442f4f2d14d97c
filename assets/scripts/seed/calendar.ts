/** Moscow wall-clock times for the forum: the fair runs in UTC+3 all year (no daylight saving). */

export const MOSCOW_OFFSET = '+03:00';

/** The ISO day `count` days after `day`. */
export function addDays(day: string, count: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (date ?? 1) + count))
    .toISOString()
    .slice(0, 10);
}

/** Every day from `first` to `last`, both included. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/** An ISO date-time in Moscow time, `minutes` after midnight of `day`. */
export function moscowTime(day: string, minutes: number): string {
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0');
  const rest = String(minutes % 60).padStart(2, '0');
  return `${day}T${hours}:${rest}:00${MOSCOW_OFFSET}`;
}

/** Minutes after midnight of a Moscow-time ISO date-time as `moscowTime` writes it. */
export function moscowMinutes(dateTime: string): number {
  const [hours, minutes] = dateTime.slice(11, 16).split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}
