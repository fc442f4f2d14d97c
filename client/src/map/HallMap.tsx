/**
 * The hall from above: floor, alleys, forum screens and stands coloured by their exhibitor,
 * drawn once by React; avatars, the walked path and the density heat are drawn per frame by
 * useLiveMapLayer. A click on a stand or the floor is reported in floor metres. Stands that
 * match the current search are outlined and the rest dimmed.
 */
import type { ExhibitorSummary, HallFloor, HallLayout, Stand, Vec2 } from '@salon/shared';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/i18n.ts';
import type { HallWorld } from '../state/hallWorld.ts';
import { floorToMap, mapToFloor } from './mapView.ts';
import { useLiveMapLayer } from './useLiveMapLayer.ts';
import { useMapPanZoom } from './useMapPanZoom.ts';

interface HallMapProps {
  world: HallWorld;
  floor: HallFloor;
  layout: HallLayout;
  exhibitors: ReadonlyMap<string, ExhibitorSummary>;
  /** Stands that match the search; null when nothing is being searched. */
  highlighted: ReadonlySet<string> | null;
  label: string;
  onStandClick: (stand: Stand) => void;
  onFloorClick: (point: Vec2) => void;
}

const UNKNOWN_COLOURS = { primary: '#9ca3af', accent: '#e5e7eb' };

export function HallMap(props: HallMapProps) {
  const { world, floor, layout, exhibitors, highlighted, label } = props;
  const { t } = useTranslation();
  const { pick } = useLocale();
  const svg = useRef<SVGSVGElement>(null);
  const avatars = useRef<SVGGElement>(null);
  const heat = useRef<SVGGElement>(null);
  const path = useRef<SVGPolylineElement>(null);
  const refs = useMemo(() => ({ avatars, heat, path }), []);
  useLiveMapLayer(world, floor, refs);
  const standsById = useMemo(() => new Map(layout.stands.map((s) => [s.id, s])), [layout]);
  const { zoomIn, zoomOut, reset } = useMapPanZoom(svg, floor, (target, point) => {
    const standId = target.closest<SVGElement>('[data-stand-id]')?.dataset['standId'];
    const stand = standId ? standsById.get(standId) : undefined;
    if (stand) props.onStandClick(stand);
    else props.onFloorClick(mapToFloor(point, floor));
  });

  return (
    <div className="hall-map">
      <svg
        ref={svg}
        className="hall-map-svg"
        preserveAspectRatio="xMidYMid meet"
        role="img"
        aria-label={label}
        data-testid="hall-map"
      >
        <rect className="map-floor" x={0} y={0} width={floor.width} height={floor.depth} />
        <g ref={heat} className="map-heat" />
        <g className="map-alleys">
          {layout.alleys.map((alley) => {
            const from = floorToMap(alley.from, floor);
            const to = floorToMap(alley.to, floor);
            return (
              <line
                key={alley.id}
                x1={from.x}
                y1={from.y}
                x2={to.x}
                y2={to.y}
                strokeWidth={alley.width}
              />
            );
          })}
        </g>
        <g className="map-screens">
          {layout.screens.map((screen) => {
            const centre = floorToMap(screen, floor);
            const across = screen.facing === 'north' || screen.facing === 'south';
            const w = across ? screen.width : 0.6;
            const h = across ? 0.6 : screen.width;
            return (
              <rect key={screen.id} x={centre.x - w / 2} y={centre.y - h / 2} width={w} height={h}>
                <title>{t('map.screen')}</title>
              </rect>
            );
          })}
        </g>
        <g className="map-stands">
          {layout.stands.map((stand) => {
            const exhibitor = exhibitors.get(stand.exhibitorId);
            const colours = exhibitor?.colors ?? UNKNOWN_COLOURS;
            const centre = floorToMap(stand, floor);
            const match = highlighted ? (highlighted.has(stand.id) ? 'is-match' : 'is-dim') : '';
            return (
              <rect
                key={stand.id}
                data-stand-id={stand.id}
                className={`map-stand ${match}`}
                x={centre.x - stand.width / 2}
                y={centre.y - stand.depth / 2}
                width={stand.width}
                height={stand.depth}
                fill={colours.primary}
                stroke={colours.accent}
              >
                <title>{exhibitor ? pick(exhibitor.name) : stand.id}</title>
              </rect>
            );
          })}
        </g>
        <polyline ref={path} className="map-path" points="" />
        <g ref={avatars} className="map-avatars" />
      </svg>
      <div className="map-zoom" role="group" aria-label={t('map.zoom')}>
        <button type="button" onClick={zoomIn} aria-label={t('map.zoomIn')}>
          +
        </button>
        <button type="button" onClick={zoomOut} aria-label={t('map.zoomOut')}>
          −
        </button>
        <button type="button" onClick={reset}>
          {t('map.fit')}
        </button>
      </div>
    </div>
  );
}
