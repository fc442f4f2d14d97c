/** An exhibitor's card: what they do, where they are from, how to reach them. */
import type { ExhibitorDetail } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';
import { ExhibitorMark } from './ExhibitorMark.tsx';

interface ExhibitorCardProps {
  exhibitor: ExhibitorDetail;
  /** h1 on the exhibitor's own page, h2 inside a panel. */
  titleLevel?: 1 | 2;
}

export function ExhibitorCard({ exhibitor: data, titleLevel = 1 }: ExhibitorCardProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const Title = titleLevel === 1 ? 'h1' : 'h2';
  const Section = titleLevel === 1 ? 'h2' : 'h3';
  return (
    <article className="exhibitor">
      <header className="exhibitor-header">
        <ExhibitorMark name={pick(data.name)} colors={data.colors} />
        <div>
          <Title>{pick(data.name)}</Title>
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
          {data.stand ? `${data.stand.hallId} · ${data.stand.standId}` : t('exhibitors.noStand')}
        </dd>
      </dl>
      <Section>{t('exhibitors.contacts')}</Section>
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
  );
}
