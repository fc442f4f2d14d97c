import type { ExhibitorSummary } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n.ts';
import { ExhibitorMark } from './ExhibitorMark.tsx';

export function ExhibitorListItem({ exhibitor }: { exhibitor: ExhibitorSummary }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  return (
    <li className="card">
      <ExhibitorMark name={pick(exhibitor.name)} colors={exhibitor.colors} />
      <div>
        <Link to={`/exhibitors/${exhibitor.id}`} className="card-title">
          {pick(exhibitor.name)}
        </Link>
        <p className="muted">{t(`exhibitors.kind.${exhibitor.kind}`)}</p>
      </div>
    </li>
  );
}
