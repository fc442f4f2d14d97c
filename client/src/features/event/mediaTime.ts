/**
 * Times inside a recording: "m:ss" under an hour, "h:mm:ss" beyond, and which chapter a moment
 * of the recording belongs to (the last one that started at or before it).
 */
export function formatMediaTime(seconds: number): string {
  const total = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** The index of the chapter playing at `seconds`, or -1 before the first one. */
export function chapterAt(chapters: readonly { atSeconds: number }[], seconds: number): number {
  let current = -1;
  chapters.forEach((chapter, index) => {
    if (chapter.atSeconds <= seconds) current = index;
  });
  return current;
}
