/**
 * The stand's header on its brand colours: logo (or the initials mark), name, kind and region,
 * topics, and the description with its line breaks. Text colour is chosen for contrast.
 */
import type { StandDetail } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';
import { Heading, type HeadingLevel } from '../../ui/Heading.tsx';
import { ExhibitorMark } from '../exhibitors/ExhibitorMark.tsx';
import { brandInk } from './brandInk.ts';

interface StandHeaderProps {
  stand: StandDetail;
  level: HeadingLevel;
}

export function StandHeader({ stand, level }: StandHeaderProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { exhibitor } = stand;
  const name = pick(exhibitor.name);
  const { primary, accent } = exhibitor.colors;
  return (
    <header className="stand-header">
      <div
        className="stand-brand"
        style={{ background: primary, color: brandInk(primary), borderColor: accent }}
      >
        {stand.logoUrl ? (
          <img className="stand-logo" src={stand.logoUrl} alt={t('stand.logo', { name })} />
        ) : (
          <ExhibitorMark name={name} colors={exhibitor.colors} />
        )}
        <div>
          <Heading level={level} className="stand-name">
            {name}
          </Heading>
          <p className="stand-kind">
            {t(`exhibitors.kind.${exhibitor.kind}`)} · {pick(exhibitor.region.name)}
          </p>
        </div>
      </div>
      <ul className="tags" aria-label={t('exhibitors.topics')}>
        {exhibitor.topics.map((topic) => (
          <li key={topic.code} className="tag">
            {pick(topic.name)}
          </li>
        ))}
      </ul>
      <p className="stand-description">{pick(exhibitor.description)}</p>
    </header>
  );
}
