/**
 * Between a `<input type="datetime-local">` (a wall-clock time with no zone: the exhibitor's
 * own) and the api's ISO time. The start is sent with the exhibitor's offset spelled out
 * (`2027-04-30T12:00:00+03:00`) so that what the api stores is the moment they meant. The
 * offset is the one in force on that date, so a summer webinar planned in winter keeps its hour.
 */

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

/** A Date as local wall-clock time with its UTC offset: `2027-04-30T12:00:00+03:00`. */
export function toIsoWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/**
 * The input's value as an ISO time with offset, or null when it is empty or not a real date
 * (31 April). A time that does not exist locally (the hour skipped when clocks go forward)
 * comes out as the moment the browser moves it to.
 */
export function localInputToIso(value: string): string | null {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return null;
  // Seconds are optional in the input's value.
  const [year, month, day, hours, minutes, seconds = 0] = match
    .slice(1)
    .filter((part): part is string => typeof part === 'string')
    .map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day)
    return null;
  return toIsoWithOffset(date);
}

/** An ISO time as the input's local value (`2027-04-30T12:00`), or '' for a broken one. */
export function isoToLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return toIsoWithOffset(date).slice(0, 16);
}
