/**
 * The on-screen joystick's thumb offset to a walking direction. Directions are snapped to 16
 * headings and two speeds so that a wobbling thumb does not send a message every frame.
 */
import type { Vec2 } from '@salon/shared';
import { NORTH_UP } from './keyboardIntent.ts';

/** Offsets under this fraction of the radius are a resting thumb. */
export const DEAD_ZONE = 0.2;
const SECTORS = 16;

/**
 * `dx`, `dy` are the thumb's offset in screen pixels (y down) from the joystick's centre;
 * screen up is `yaw` on the floor.
 */
export function joystickDirection(dx: number, dy: number, radius: number, yaw = NORTH_UP): Vec2 {
  const reach = Math.hypot(dx, dy) / radius;
  if (!(reach >= DEAD_ZONE)) return { x: 0, y: 0 };
  const speed = reach < 0.6 ? 0.5 : 1;
  // Screen angle measured from "up", clockwise; snapped to a sector.
  const sector = (2 * Math.PI) / SECTORS;
  const screenAngle = Math.round(Math.atan2(dx, -dy) / sector) * sector;
  const angle = yaw - screenAngle;
  return { x: round(Math.cos(angle) * speed), y: round(Math.sin(angle) * speed) };
}

function round(value: number): number {
  const rounded = Math.round(value * 1e4) / 1e4;
  return rounded === 0 ? 0 : rounded;
}
