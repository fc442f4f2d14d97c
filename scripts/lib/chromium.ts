/**
 * Headless Debian Chromium for the browser tests and benchmarks: where it is (installed by the
 * project's own setup script when missing) and the flags these machines need (no sandbox as
 * root, no background network, software WebGL through SwiftShader).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repositoryRoot } from './stack.ts';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** A camera and microphone that need no person to allow them and no device to exist. */
export const FAKE_MEDIA_FLAGS = [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
];

/** The Chromium binary's path, or why there is none. */
export function findChromium(): { path: string } | { reason: string } {
  try {
    const script = path.join(repositoryRoot, 'scripts', 'setup', 'chromium.sh');
    const output = execFileSync('sh', [script], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { path: output.trim().split('\n').at(-1) ?? '' };
  } catch (error) {
    return { reason: (error as { stderr?: string }).stderr?.trim() || String(error) };
  }
}
