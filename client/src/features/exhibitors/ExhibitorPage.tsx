/** An exhibitor's card: what they do, where they are from, how to reach them. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useExhibitor } from '../../api/queries.ts';
import { useLocale } from '../../i18n/i18n.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { ExhibitorMark } from './ExhibitorMark.tsx';

export function ExhibitorPage() {
  const { t } = useTranslation();
  const { pick } = useLocale();
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
          <article className="exhibitor">
            <header className="exhibitor-header">
              <ExhibitorMark name={pick(data.name)} colors={data.colors} />
              <div>
                <h1>{pick(data.name)}</h1>
                <p className="muted">{t(`exhibitors.kind.${data.kind}`)}</p>
              </div>
            </header>
            <p>{pick(data.description)}</p>
            <dl className="facts">
              <dt>{t('exhibitors.region')}</dt>
              <dd>{pick(data.region.name)}</dd>
              <dt>{t('exhibitors.topics')}</dt>
              <dd>{data.topics.map((topic) => pick(topic.name)).join(', ')}</dd>
              <dt>{t('exhibitors.stand')}</dt>
              <dd>
                {data.stand
                  ? `${data.stand.hallId} · ${data.stand.standId}`
                  : t('exhibitors.noStand')}
              </dd>
            </dl>
            <h2>{t('exhibitors.contacts')}</h2>
            <dl className="facts">
              {data.contacts.website && (
                <>
                  <dt>{t('exhibitors.website')}</dt>
                  <dd>
                    <a href={data.contacts.website} rel="noopener noreferrer" target="_blank">
                      {data.contacts.website}
                    </a>
                  </dd>
                </>
              )}
              {data.contacts.email && (
                <>
                  <dt>{t('exhibitors.email')}</dt>
                  <dd>
                    <a href={`mailto:${data.contacts.email}`}>{data.contacts.email}</a>
                  </dd>
                </>
              )}
              {data.contacts.phone && (
                <>
                  <dt>{t('exhibitors.phone')}</dt>
                  <dd>{data.contacts.phone}</dd>
                </>
              )}
            </dl>
          </article>
        )}
      </QueryState>
    </section>
  );
}
