/** What Salon is, with live figures from the api and ways in. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEvents, useExhibitors, useHalls, usePrograms } from '../../api/queries.ts';

function Figure({ value, label, to }: { value: number | undefined; label: string; to: string }) {
  return (
    <Link to={to} className="figure">
      <strong>{value ?? '…'}</strong>
      <span>{label}</span>
    </Link>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const exhibitors = useExhibitors({ page: 1, pageSize: 1 });
  const events = useEvents({ page: 1, pageSize: 1 });
  const programs = usePrograms({ page: 1, pageSize: 1 });
  const halls = useHalls();
  return (
    <section className="home">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <p className="phases">{t('home.phases')}</p>
      <div className="figures">
        <Figure value={exhibitors.data?.total} label={t('home.exhibitors')} to="/exhibitors" />
        <Figure value={halls.data?.length} label={t('home.halls')} to="/exhibitors" />
        <Figure value={events.data?.total} label={t('home.events')} to="/forum" />
        <Figure value={programs.data?.total} label={t('home.programs')} to="/university" />
      </div>
    </section>
  );
}
