/** An exhibitor's card: what they do, where they are from, how to reach them. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useExhibitor } from '../../api/queries.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { ExhibitorCard } from './ExhibitorCard.tsx';

export function ExhibitorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const exhibitor = useExhibitor(id);
  const data = exhibitor.data;
  return (
    <section>
      <Link to="/exhibitors">← {t('exhibitors.title')}</Link>
      <QueryState
        isPending={exhibitor.isPending}
        error={exhibitor.error}
        onRetry={() => void exhibitor.refetch()}
      >
        {data && (
          <>
            <ExhibitorCard exhibitor={data} />
            <p>
              <Link to={`/stands/${encodeURIComponent(data.id)}`}>{t('stand.visit')}</Link>
            </p>
          </>
        )}
      </QueryState>
    </section>
  );
}
