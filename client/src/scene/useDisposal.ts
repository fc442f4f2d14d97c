/**
 * Frees a three.js resource that the component built imperatively (with useMemo) when it is
 * replaced or the component unmounts. r3f frees what it creates from JSX itself.
 *
 * Under StrictMode an effect runs, is cleaned up and runs again with the same resource, so every
 * `dispose` in the scene only releases GPU memory (three uploads the object again on next use)
 * and leaves the object usable.
 */
import { useEffect } from 'react';

export function useDisposal(resource: { dispose(): void }): void {
  useEffect(() => () => resource.dispose(), [resource]);
}
