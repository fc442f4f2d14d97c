import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetsRoot, resolveAssetPath } from './media.ts';

describe('assetsRoot', () => {
  it('is the absolute path of the folder that holds this package', () => {
    expect(existsSync(join(assetsRoot, 'package.json'))).toBe(true);
    expect(assetsRoot.endsWith('/')).toBe(false);
  });
});

describe('resolveAssetPath', () => {
  it('resolves a relative path inside the assets folder', () => {
    expect(resolveAssetPath('videos/presentation-1.webm')).toBe(
      join(assetsRoot, 'videos', 'presentation-1.webm'),
    );
    expect(resolveAssetPath('./materials/brochure-1.pdf')).toBe(
      join(assetsRoot, 'materials', 'brochure-1.pdf'),
    );
  });

  it.each([
    '',
    '.',
    '..',
    '../package.json',
    'videos/../../secret',
    'videos/..\\..\\secret',
    '/etc/passwd',
    '\\\\server\\share',
    'C:/Windows',
    'videos/a\0.webm',
  ])('refuses %j, which is empty or escapes the folder', (path) => {
    expect(() => resolveAssetPath(path)).toThrow(/Not a path inside the assets folder/);
  });
});
