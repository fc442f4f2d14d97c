/**
 * The 2D map twin: the hall from above with everyone near you and the crowd's density, search
 * and filters that light up the matching stands and list them, and a click (on the map or in
 * the list) that walks your avatar to a stand. "Show in 3D" opens the hall with the avatar
 * still walking: both pages share one connection.
 */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLocale } from '../../i18n/i18n.ts';
import { HallMap } from '../../map/HallMap.tsx';
import { NORTH_UP } from '../../player/keyboardIntent.ts';
import { useSearchState } from '../../state/useSearchState.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { HallOverlay } from '../hall/HallOverlay.tsx';
import { HallToolbar } from '../hall/HallToolbar.tsx';
import { useHallView } from '../hall/hallViewStore.ts';
import { useHallActions } from '../hall/useHallActions.ts';
import { useHallData } from '../hall/useHallData.ts';
import { EXHIBITOR_FILTERS, ExhibitorFilters } from '../exhibitors/ExhibitorFilters.tsx';
import { OtherHallLinks } from './OtherHallLinks.tsx';
import { StandList } from './StandList.tsx';
import { useStandMatches } from './useStandMatches.ts';

const northUp = () => NORTH_UP;

export function MapPage() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const navigate = useNavigate();
  const { hallId, halls, layout, exhibitors, connection } = useHallData();
  const { values, setFilter, clear } = useSearchState(EXHIBITOR_FILTERS);
  const published = layout.data;
  const matches = useStandMatches(values, hallId, published?.layout, exhibitors);
  const actions = useHallActions(connection, published?.layout);
  const walkingTo = useHallView((state) => state.walkingToStandId);
  const targetStand = published?.layout.stands.find((stand) => stand.id === walkingTo);
  const target = targetStand ? exhibitors.get(targetStand.exhibitorId) : undefined;
  const world = connection?.sync.world;
  const hall = halls.data?.find((candidate) => candidate.id === hallId);

  return (
    <section className="map-page">
      <h1 className="visually-hidden">{t('map.title')}</h1>
      <HallToolbar view="map" hallId={hallId} halls={halls.data ?? []} connection={connection} />
      <ExhibitorFilters
        values={values}
        setFilter={setFilter}
        clear={clear}
        searchLabel={t('map.search')}
      />
      <QueryState
        isPending={layout.isPending}
        error={layout.error ?? halls.error}
        isEmpty={published?.layout.stands.length === 0}
        onRetry={() => void layout.refetch()}
      >
        {published && world && (
          <div className="map-layout">
            <HallMap
              world={world}
              floor={published.floor}
              layout={published.layout}
              exhibitors={exhibitors}
              highlighted={matches.highlighted}
              label={t('map.label', { hall: hall ? pick(hall.name) : hallId })}
              onStandClick={(stand) => actions?.goToStand(stand.id)}
              onFloorClick={(point) => actions?.walkToPoint(point)}
            />
            <div className="map-side">
              {target && (
                <p className="map-walking" role="status">
                  {t('map.walkingTo', { name: pick(target.name) })}{' '}
                  <button type="button" onClick={() => void navigate(`/hall/${hallId}`)}>
                    {t('map.showIn3d')}
                  </button>
                </p>
              )}
              <p className="count" aria-live="polite">
                {matches.filtering
                  ? t('map.matches', { count: matches.entries.length })
                  : t('map.allStands', { count: matches.entries.length })}
              </p>
              <QueryState isPending={matches.pending} error={matches.error} onRetry={matches.retry}>
                <StandList
                  entries={matches.entries}
                  walkingToStandId={walkingTo}
                  onChoose={(stand) => actions?.goToStand(stand.id)}
                />
                <OtherHallLinks counts={matches.elsewhere} halls={halls.data ?? []} />
              </QueryState>
            </div>
            <HallOverlay
              actions={actions}
              layout={published.layout}
              exhibitors={exhibitors}
              yaw={northUp}
            />
          </div>
        )}
      </QueryState>
    </section>
  );
}
