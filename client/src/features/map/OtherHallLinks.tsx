/**
 * Links to the other halls' maps where the same search found stands, keeping the search, so a
 * visitor who searched the wrong pavilion is one click from the right one.
 */
import type { HallSummary } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useLocale } from '../../i18n/i18n.ts';
import type { OtherHallCount } from './otherHallMatches.ts';

interface OtherHallLinksProps {
  counts: readonly OtherHallCount[];
  halls: readonly HallSummary[];
}

export function OtherHallLinks({ counts, halls }: OtherHallLinksProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { search } = useLocation();
  if (counts.length === 0) return null;
  return (
    <ul className="other-hall-matches" data-testid="other-hall-matches">
      {counts.map(({ hallId, count }) => {
        const hall = halls.find((candidate) => candidate.id === hallId);
        return (
          <li key={hallId}>
            <Link to={`/map/${hallId}${search}`}>
              {t('map.inOtherHall', { count, hall: hall ? pick(hall.name) : hallId })}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
