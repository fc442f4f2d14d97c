/**
 * The walkable hall: the 3D view (or the 2D map when WebGL is missing or the visitor prefers
 * it), the controls over it, the pavilion switcher and the connection's state. The 3D code is
 * loaded only when the 3D view is shown, so 2D visitors never download three.js.
 */
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTopics } from '../../api/queries.ts';
import { useLocale } from '../../i18n/i18n.ts';
import { HallMap } from '../../map/HallMap.tsx';
import { NORTH_UP } from '../../player/keyboardIntent.ts';
import { StandVideoSoundToggle } from '../../scene/StandVideoSoundToggle.tsx';
import { useStandVideoLoader } from '../../scene/standVideoQuery.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { HallOverlay } from './HallOverlay.tsx';
import { HallToolbar } from './HallToolbar.tsx';
import { useHallView } from './hallViewStore.ts';
import { useHallActions } from './useHallActions.ts';
import { useHallData } from './useHallData.ts';

const HallCanvas = lazy(() =>
  import('../../scene/HallCanvas.tsx').then((module) => ({ default: module.HallCanvas })),
);

export function HallPage() {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const { hallId, halls, layout, exhibitors, connection } = useHallData();
  const topicList = useTopics();
  const topics = useMemo(
    () => new Map((topicList.data ?? []).map((topic) => [topic.code, topic.name])),
    [topicList.data],
  );
  const published = layout.data;
  const actions = useHallActions(connection, published?.layout);
  const standVideos = useStandVideoLoader();
  const prefer2d = useHallView((state) => state.prefer2d);
  const webglFailed = useHallView((state) => state.webglFailed);
  const markWebglFailed = useHallView((state) => state.markWebglFailed);
  const show3d = !prefer2d && !webglFailed;
  const world = connection?.sync.world;
  const yaw = useCallback(() => (show3d && world ? world.cameraYaw : NORTH_UP), [show3d, world]);
  const hall = halls.data?.find((candidate) => candidate.id === hallId);

  return (
    <section className="hall-page" aria-label={hall ? pick(hall.name) : t('nav.hall')}>
      <HallToolbar view="hall" hallId={hallId} halls={halls.data ?? []} connection={connection} />
      <QueryState
        isPending={layout.isPending}
        error={layout.error ?? halls.error}
        isEmpty={published?.layout.stands.length === 0}
        onRetry={() => void layout.refetch()}
      >
        {published && world && (
          <div className={`hall-stage ${show3d ? 'hall-stage-3d' : 'hall-stage-2d'}`}>
            {show3d ? (
              <Suspense fallback={<p className="state">{t('hall.loading3d')}</p>}>
                <HallCanvas
                  world={world}
                  exhibitors={exhibitors}
                  topics={topics}
                  locale={locale}
                  onFloorClick={(point) => actions?.walkToPoint(point)}
                  onStandClick={(standId) => actions?.goToStand(standId)}
                  onWebglUnavailable={markWebglFailed}
                  standVideos={standVideos}
                />
              </Suspense>
            ) : (
              <>
                {webglFailed && <p className="hall-fallback-note">{t('hall.no3d')}</p>}
                <HallMap
                  world={world}
                  floor={published.floor}
                  layout={published.layout}
                  exhibitors={exhibitors}
                  highlighted={null}
                  label={t('map.label', { hall: hall ? pick(hall.name) : hallId })}
                  onStandClick={(stand) => actions?.goToStand(stand.id)}
                  onFloorClick={(point) => actions?.walkToPoint(point)}
                />
              </>
            )}
            <p className="hall-help muted">{t('hall.help')}</p>
            {show3d && <StandVideoSoundToggle />}
            <HallOverlay
              actions={actions}
              layout={published.layout}
              exhibitors={exhibitors}
              yaw={yaw}
            />
          </div>
        )}
      </QueryState>
    </section>
  );
}
