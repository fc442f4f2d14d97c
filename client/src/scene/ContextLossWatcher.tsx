/**
 * Reports a WebGL context that the browser takes away (GPU reset, too many contexts, a driver
 * crash). The listener goes before the Canvas tears down, since r3f loses the context on purpose
 * when it unmounts, and that must not read as a failure.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';

export function ContextLossWatcher({ onLost }: { readonly onLost: () => void }) {
  const canvas = useThree((state) => state.gl.domElement);
  useEffect(() => {
    canvas.addEventListener('webglcontextlost', onLost);
    return () => canvas.removeEventListener('webglcontextlost', onLost);
  }, [canvas, onLost]);
  return null;
}
