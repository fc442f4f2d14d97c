/**
 * The order of the scene's per-frame work within one r3f frame (useFrame priorities, lowest
 * first). The camera moves first (it follows the own avatar straight from the world), then
 * everything that depends on where it looks: avatars (culled to the view), name tags (nearest to
 * it), the path and markers; RenderLoop renders last. Any positive priority
 * switches off r3f's own render call, which is why only `render` is positive.
 */
export const FRAME_ORDER = {
  begin: -100,
  camera: -50,
  avatars: -40,
  afterCamera: -30,
  render: 1,
} as const;
