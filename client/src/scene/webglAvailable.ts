/**
 * Whether this browser can give us a WebGL 2 context (three.js needs WebGL 2). Checked once
 * before the Canvas mounts, on a throwaway canvas whose context is released right away.
 */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2');
    if (!context) return false;
    context.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
