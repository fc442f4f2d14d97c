/**
 * WASD / arrows walk (a `move` intent when the held keys change, not every frame; a stop when
 * they are released or the window loses focus), E or Enter enters the stand within reach,
 * Escape leaves it. Keys typed into a field, or with Ctrl/Alt/Meta, are left to the page; Enter
 * on a focused button or link keeps its usual meaning, and arrows inside an element marked
 * `data-own-arrows` (a scrolling panel) scroll it instead of walking.
 */
import type { Vec2 } from '@salon/shared';
import { useEffect, useRef } from 'react';
import { isTypingTarget } from './isTypingTarget.ts';
import { directionFromKeys, moveKeyOf, type MoveKey } from './keyboardIntent.ts';

export interface KeyboardControls {
  /** Walk in a floor direction; zero stops. */
  move: (direction: Vec2) => void;
  onEnter: () => void;
  onEscape: () => void;
  /** Where "forward" points now (the camera may turn while a key is held). */
  yaw: () => number;
}

/** Re-aim a held key's direction when the view has turned this much (radians). */
const REAIM_RADIANS = 0.12;

function activatesOnEnter(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('button, a[href], summary, [role="button"], [role="link"]') !== null
  );
}

function ownsArrows(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[data-own-arrows]') !== null;
}

export function useKeyboardControls(controls: KeyboardControls | null): void {
  const latest = useRef(controls);
  useEffect(() => {
    latest.current = controls;
  });

  useEffect(() => {
    const held = new Set<MoveKey>();
    let aimedYaw = 0;
    let frame = 0;

    const send = () => {
      const current = latest.current;
      if (!current) return;
      aimedYaw = current.yaw();
      current.move(directionFromKeys(held, aimedYaw));
    };
    // While walking by keyboard, follow the camera as it turns.
    const watchYaw = () => {
      const current = latest.current;
      if (current && held.size > 0 && Math.abs(current.yaw() - aimedYaw) > REAIM_RADIANS) send();
      frame = held.size > 0 ? requestAnimationFrame(watchYaw) : 0;
    };
    const releaseAll = () => {
      if (held.size === 0) return;
      held.clear();
      send();
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (!latest.current || event.ctrlKey || event.altKey || event.metaKey) return;
      if (isTypingTarget(event.target)) return;
      const key = moveKeyOf(event.code);
      if (key && event.code.startsWith('Arrow') && ownsArrows(event.target)) return;
      if (key) {
        event.preventDefault();
        if (held.has(key)) return;
        held.add(key);
        send();
        frame ||= requestAnimationFrame(watchYaw);
      } else if (event.code === 'KeyE' && !event.repeat) {
        latest.current.onEnter();
      } else if (event.key === 'Enter' && !event.repeat && !activatesOnEnter(event.target)) {
        latest.current.onEnter();
      } else if (event.key === 'Escape') {
        latest.current.onEscape();
      }
    };
    const onKeyUp = (event: KeyboardEvent) => {
      const key = moveKeyOf(event.code);
      if (key && held.delete(key)) send();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') releaseAll();
    };

    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', releaseAll);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', releaseAll);
      document.removeEventListener('visibilitychange', onHidden);
      cancelAnimationFrame(frame);
      releaseAll();
    };
  }, []);
}
