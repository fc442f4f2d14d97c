/**
 * Where the committed demo media live, for the api to serve them. Seed content refers to files
 * by a path relative to the assets folder (`videos/presentation-1.webm`); `resolveAssetPath`
 * turns such a path into an absolute one and refuses anything that would leave the folder.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The absolute path of the assets folder (this package's root), without a trailing slash. */
export const assetsRoot: string = fileURLToPath(new URL('.', import.meta.url)).replace(
  /[\\/]$/,
  '',
);

/**
 * The absolute path of a file inside the assets folder. Throws for an empty path, the folder
 * itself, absolute paths, `..` segments, backslashes and NUL: seed paths never need them.
 */
export function resolveAssetPath(relativePath: string): string {
  if (
    relativePath === '' ||
    relativePath.includes('\0') ||
    relativePath.includes('\\') ||
    isAbsolute(relativePath) ||
    /^[a-z]:/i.test(relativePath) ||
    relativePath.split('/').includes('..')
  ) {
    throw new Error(`Not a path inside the assets folder: ${JSON.stringify(relativePath)}`);
  }
  const absolute = resolve(assetsRoot, relativePath);
  const inside = relative(assetsRoot, absolute);
  if (inside === '' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new Error(`Not a path inside the assets folder: ${JSON.stringify(relativePath)}`);
  }
  return absolute;
}
