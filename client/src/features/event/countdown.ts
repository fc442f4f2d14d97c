/**
 * The countdown before an event: whole days, then a running hh:mm:ss clock. Rounded up, so the
 * last second shows "00:00:01" rather than zero while the event has not yet started.
 */
export interface Countdown {
  days: number;
  /** Hours, minutes and seconds left beyond the days, as `hh:mm:ss`. */
  clock: string;
  /** Nothing left: the start time has come. */
  done: boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');

export function countdown(msLeft: number): Countdown {
  const total = Number.isFinite(msLeft) ? Math.max(0, Math.ceil(msLeft / 1000)) : 0;
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return { days, clock: `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`, done: total === 0 };
}
