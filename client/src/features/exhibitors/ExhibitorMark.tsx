/** The exhibitor's initials on its brand colours: a logo stand-in until exhibitors upload one. */
import type { ExhibitorSummary } from '@salon/shared';

function initials(name: string): string {
  const words = name
    .replace(/[«»"()]/g, '')
    .split(/\s+/)
    .filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}

export function ExhibitorMark({
  name,
  colors,
}: {
  name: string;
  colors: ExhibitorSummary['colors'];
}) {
  return (
    <span
      className="mark"
      aria-hidden="true"
      style={{ background: colors.primary, borderColor: colors.accent }}
    >
      {initials(name)}
    </span>
  );
}
