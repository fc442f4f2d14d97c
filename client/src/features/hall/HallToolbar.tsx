/**
 * Above the hall and the map: which pavilion (switcher), 3D or 2D, the other view, and the
 * connection's state.
 */
import type { HallSummary } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useLocale } from '../../i18n/i18n.ts';
import type { HallConnection } from '../../multiplayer/HallConnection.ts';
import { ConnectionBadge } from './ConnectionBadge.tsx';
import { useHallView } from './hallViewStore.ts';
import { VisitorName } from './VisitorName.tsx';

interface HallToolbarProps {
  view: 'hall' | 'map';
  hallId: string;
  halls: readonly HallSummary[];
  connection: HallConnection | null;
}

export function HallToolbar({ view, hallId, halls, connection }: HallToolbarProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const prefer2d = useHallView((state) => state.prefer2d);
  const webglFailed = useHallView((state) => state.webglFailed);
  const setPrefer2d = useHallView((state) => state.setPrefer2d);
  return (
    <div className="hall-toolbar">
      <nav className="hall-switcher" aria-label={t('hall.switcher')}>
        {halls.map((hall) => (
          <NavLink key={hall.id} to={`/${view}/${hall.id}`}>
            {pick(hall.name)}
          </NavLink>
        ))}
      </nav>
      {view === 'hall' ? (
        <>
          <button
            type="button"
            aria-pressed={prefer2d || webglFailed}
            disabled={webglFailed}
            title={webglFailed ? t('hall.no3d') : undefined}
            onClick={() => setPrefer2d(!prefer2d)}
          >
            {t('hall.toggle2d')}
          </button>
          <NavLink to={`/map/${hallId}`}>{t('hall.openMap')}</NavLink>
        </>
      ) : (
        <NavLink to={`/hall/${hallId}`}>{t('map.showIn3d')}</NavLink>
      )}
      <VisitorName />
      <ConnectionBadge onRetry={connection ? () => connection.retry() : null} />
    </div>
  );
}
