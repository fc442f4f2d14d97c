/**
 * A speaker's picture. The fair's speaker records carry no photos, so every speaker is shown by
 * their initials on a colour of their own (stable per id); screen readers skip it, the name
 * beside it says who it is.
 */
import { initials } from './initials.ts';

const HUES = [12, 40, 95, 160, 200, 230, 270, 320] as const;

function hueOf(id: string): number {
  let sum = 0;
  for (const char of id) sum = (sum * 31 + (char.codePointAt(0) ?? 0)) % 9973;
  return HUES[sum % HUES.length] ?? 200;
}

export function SpeakerAvatar({
  id,
  name,
  size = 'small',
}: {
  id: string;
  name: string;
  size?: 'small' | 'large';
}) {
  return (
    <span
      className={`speaker-avatar speaker-avatar-${size}`}
      style={{ backgroundColor: `hsl(${String(hueOf(id))} 45% 42%)` }}
      aria-hidden="true"
    >
      {initials(name)}
    </span>
  );
}
