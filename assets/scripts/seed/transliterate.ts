/**
 * Russian → English transliteration of personal names, close to the usual English spelling
 * ("Анна Сергеевна Иванова" → "Anna Sergeevna Ivanova", "Дмитрий" → "Dmitry",
 * "Наталья" → "Natalya", "Юлия" → "Yulia", "Фёдоров" → "Fyodorov").
 */

// prettier-ignore
const LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

function transliterateWord(word: string): string {
  const lower = word.toLowerCase();
  let result = '';
  for (let index = 0; index < lower.length; index += 1) {
    const letter = lower.charAt(index);
    const next = lower.charAt(index + 1);
    const rest = lower.slice(index);
    let latin: string;
    if ((rest === 'ий' || rest === 'ый') && index > 0) {
      // Dmitry, Vishnevsky: the adjectival ending is spelt with a single y.
      latin = 'y';
      index += 1;
    } else if (rest === 'ия' && index > 0) {
      latin = 'ia';
      index += 1;
    } else if (letter === 'ь' || letter === 'ъ') {
      // A soft sign before е or и is heard as y: Vasilyev, Ilyinichna. Before ё, ю, я the
      // vowel's own y is enough: Solovyov, Natalya.
      latin = next === 'е' || next === 'и' ? 'y' : '';
    } else if (letter === 'ё' && index > 0 && 'жчшщ'.includes(lower.charAt(index - 1))) {
      latin = 'o';
    } else {
      latin = LETTERS[letter] ?? letter;
    }
    result += latin;
  }
  return word === lower ? result : result.charAt(0).toUpperCase() + result.slice(1);
}

/** Transliterates every word of a Russian name, keeping hyphens and spaces. */
export function transliterate(text: string): string {
  return text.replace(/[А-Яа-яЁё]+/g, transliterateWord);
}
