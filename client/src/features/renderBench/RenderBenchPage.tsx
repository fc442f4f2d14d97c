/** A synthetic hall for the render benchmark (being built). */
export function RenderBenchPage() {
  return <section aria-busy="true" />;
}
