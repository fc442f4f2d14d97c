/**
 * The letters of an exhibitor's generated logo: the initials of its name's capitalised words
 * ("Московский государственный университет" → "МГУ" takes the first letters of up to three words
 * that start with a capital or a digit), or the first two letters of a one-word name ("Училаб" →
 * "Уч"). Lower-case words such as "и" or "of" are skipped when there are enough capitalised ones.
 */
const WORD_SEPARATORS = /[\s\-–—«»"“”„'’.,:;!?()[\]/&+]+/u;
const STARTS_WITH_CAPITAL = /^[\p{Lu}\p{N}]/u;
const STARTS_WITH_LETTER = /^[\p{L}\p{N}]/u;

export function initials(name: string): string {
  const words = name.split(WORD_SEPARATORS).filter((word) => STARTS_WITH_LETTER.test(word));
  const first = words[0];
  if (!first) return '?';
  if (words.length === 1) {
    const letters = Array.from(first);
    return (letters[0] ?? '').toLocaleUpperCase() + (letters[1] ?? '').toLocaleLowerCase();
  }
  const capitalised = words.filter((word) => STARTS_WITH_CAPITAL.test(word));
  const chosen = capitalised.length >= 2 ? capitalised : words;
  return chosen
    .slice(0, 3)
    .map((word) => (Array.from(word)[0] ?? '').toLocaleUpperCase())
    .join('');
}
