import { describe, expect, it } from 'vitest';
import { safeNext } from './safeNext.ts';

describe('safeNext', () => {
  it('keeps a path of this site', () => {
    expect(safeNext('/stands/e001?tab=chat')).toBe('/stands/e001?tab=chat');
  });

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
  ])('goes home for %j', (next) => {
    expect(safeNext(next)).toBe('/');
  });
});
