/**
 * Initials for a person without a photo: the first letters of the first and last words of the
 * name ("Станислав Артёмович Аксёнов" → "СА"), upper-cased; "?" for a name without letters.
 */
const LETTER = /\p{L}/u;

function firstLetter(word: string): string {
  return LETTER.exec(word)?.[0] ?? '';
}

export function initials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/u)
    .filter((word) => LETTER.test(word));
  const first = words[0];
  if (first === undefined) return '?';
  const last = words.length > 1 ? (words[words.length - 1] ?? '') : '';
  return `${firstLetter(first)}${firstLetter(last)}`.toLocaleUpperCase();
}
