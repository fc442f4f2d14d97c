import { describe, expect, it } from 'vitest';
import { multiLineText, singleLineText } from './plainText.ts';

describe('singleLineText', () => {
  const schema = singleLineText(10);

  it('trims and accepts ordinary text in any script', () => {
    expect(schema.parse('  Салон 🎓 ')).toBe('Салон 🎓');
  });

  it.each(['a\u0000b', 'a\nb', 'a\tb', '\u007f'])('refuses %j', (text) => {
    expect(schema.safeParse(text).success).toBe(false);
  });

  it('refuses text over the limit', () => {
    expect(schema.safeParse('x'.repeat(11)).success).toBe(false);
  });
});

describe('multiLineText', () => {
  const schema = multiLineText(100);

  it('keeps line breaks and tabs', () => {
    expect(schema.parse('one\ntwo\tthree')).toBe('one\ntwo\tthree');
  });

  it('refuses NUL and escape characters', () => {
    expect(schema.safeParse('a\u0000').success).toBe(false);
    expect(schema.safeParse('\u001b[31m').success).toBe(false);
  });
});
