/** The walkable 3D hall (being built). */
export function HallPage() {
  return <section aria-busy="true" />;
}
