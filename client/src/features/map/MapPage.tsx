/** The 2D map twin of the hall (being built). */
export function MapPage() {
  return <section aria-busy="true" />;
}
