/**
 * Light that reads well in software rendering: a hemisphere light (bright ceiling, warm floor
 * bounce) for the base, one directional light from the south-east for shape. No shadows; the
 * booths' colours carry the picture. Fog and the background give the far end of the hall depth; the
 * camera moves the fog's range with its distance.
 */
const BACKGROUND = '#eef2f7';

export function Lighting() {
  return (
    <>
      <color attach="background" args={[BACKGROUND]} />
      <fog attach="fog" args={[BACKGROUND, 60, 240]} />
      <hemisphereLight args={['#ffffff', '#a89c88', 2.2]} />
      <directionalLight position={[60, 120, 40]} intensity={1.6} />
    </>
  );
}
