/**
 * /stands/:exhibitorId: the stand without the 3D hall, for any browser and for screen readers,
 * with a way to find it on the hall's map.
 */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../ui/QueryState.tsx';
import { useStand } from './standQueries.ts';
import { StandView } from './StandView.tsx';

export function StandPage() {
  const { t } = useTranslation();
  const { exhibitorId = '' } = useParams();
  const stand = useStand(exhibitorId);
  const location = stand.data?.exhibitor.stand;
  return (
    <section className="stand-page">
      <nav className="stand-crumbs" aria-label={t('stand.crumbs')}>
        <Link to="/exhibitors">← {t('exhibitors.title')}</Link>
        {location && <Link to={`/map/${location.hallId}`}>{t('stand.onMap')}</Link>}
      </nav>
      <QueryState
        isPending={stand.isPending}
        error={stand.error}
        onRetry={() => void stand.refetch()}
      >
        {stand.data && <StandView stand={stand.data} />}
      </QueryState>
    </section>
  );
}
