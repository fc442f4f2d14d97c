/**
 * Moves focus after the next render, to the first of some element ids that exists and is not
 * disabled: what a list editor needs when the row a person acted on moves or goes away.
 */
import { useEffect, useRef } from 'react';

export function useFocusAfterRender(): (ids: readonly string[]) => void {
  const pending = useRef<readonly string[]>([]);
  useEffect(() => {
    if (pending.current.length === 0) return;
    const target = pending.current
      .map((id) => document.getElementById(id))
      .find((element) => element && !(element as HTMLButtonElement).disabled);
    pending.current = [];
    target?.focus();
  });
  return (ids) => {
    pending.current = ids;
  };
}
