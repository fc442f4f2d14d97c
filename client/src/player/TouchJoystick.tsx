/**
 * An on-screen joystick for phones and tablets (shown for coarse pointers only, by CSS). The
 * thumb follows the finger through a ref, not React state; a `move` goes out only when the
 * snapped direction changes, and at most SEND_EVERY_MS apart, well inside the server's budget.
 */
import type { Vec2 } from '@salon/shared';
import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { joystickDirection } from './joystickIntent.ts';
import { JoystickSender } from './joystickSender.ts';

interface TouchJoystickProps {
  move: (direction: Vec2) => void;
  yaw: () => number;
}

const RADIUS = 48;
const SEND_EVERY_MS = 120;

export function TouchJoystick({ move, yaw }: TouchJoystickProps) {
  const { t } = useTranslation();
  const thumb = useRef<HTMLSpanElement>(null);
  const active = useRef(false);
  const [sender] = useState(() => new JoystickSender(SEND_EVERY_MS));

  const place = (dx: number, dy: number) => {
    if (thumb.current) thumb.current.style.transform = `translate(${dx}px, ${dy}px)`;
  };
  const follow = (event: PointerEvent<HTMLDivElement>) => {
    if (!active.current) return;
    const box = event.currentTarget.getBoundingClientRect();
    const dx = event.clientX - (box.left + box.width / 2);
    const dy = event.clientY - (box.top + box.height / 2);
    const reach = Math.min(1, RADIUS / Math.max(1, Math.hypot(dx, dy)));
    place(dx * reach, dy * reach);
    sender.aim(joystickDirection(dx, dy, RADIUS, yaw()), move);
  };
  const release = () => {
    active.current = false;
    place(0, 0);
    sender.release(move);
  };

  return (
    <div
      className="joystick"
      role="presentation"
      aria-label={t('hall.joystick')}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        active.current = true;
        follow(event);
      }}
      onPointerMove={follow}
      onPointerUp={release}
      onPointerCancel={release}
    >
      <span ref={thumb} className="joystick-thumb" />
    </div>
  );
}
