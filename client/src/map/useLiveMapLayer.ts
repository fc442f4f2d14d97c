/**
 * Draws what moves on the 2D map once per animation frame, straight into the SVG: avatar dots
 * (yours ringed), the path you are walking, and the density heat layer. Nothing here is React
 * state (STYLE.md 7); elements are created and removed as avatars come and go.
 */
import type { HallFloor } from '@salon/shared';
import { useEffect, type RefObject } from 'react';
import type { HallWorld } from '../state/hallWorld.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** A cell this crowded is drawn at full heat. */
const CROWDED = 8;

export interface LiveLayerRefs {
  avatars: RefObject<SVGGElement | null>;
  heat: RefObject<SVGGElement | null>;
  path: RefObject<SVGPolylineElement | null>;
}

export function useLiveMapLayer(world: HallWorld, floor: HallFloor, refs: LiveLayerRefs): void {
  useEffect(() => {
    const dots = new Map<string, SVGCircleElement>();
    let drawnDensity: readonly number[] | null = null;
    let frame = 0;

    const draw = () => {
      const avatars = refs.avatars.current;
      if (avatars) drawAvatars(world, floor, avatars, dots);
      const path = refs.path.current;
      if (path) drawPath(world, floor, path);
      const heat = refs.heat.current;
      if (heat && world.density !== drawnDensity) {
        drawnDensity = world.density;
        drawHeat(world, floor, heat);
      }
      frame = requestAnimationFrame(draw);
    };
    frame = requestAnimationFrame(draw);
    return () => {
      cancelAnimationFrame(frame);
      for (const dot of dots.values()) dot.remove();
    };
  }, [world, floor, refs]);
}

function drawAvatars(
  world: HallWorld,
  floor: HallFloor,
  group: SVGGElement,
  dots: Map<string, SVGCircleElement>,
): void {
  for (const [id, dot] of dots) {
    if (!world.avatars.has(id)) {
      dot.remove();
      dots.delete(id);
    }
  }
  for (const avatar of world.avatars.values()) {
    let dot = dots.get(avatar.id);
    const self = avatar.id === world.selfId;
    if (!dot) {
      dot = document.createElementNS(SVG, 'circle');
      dot.setAttribute('r', self ? '1.2' : '0.8');
      dot.setAttribute('class', self ? 'map-avatar map-avatar-self' : 'map-avatar');
      dot.dataset['avatarId'] = avatar.id;
      const title = document.createElementNS(SVG, 'title');
      title.textContent = avatar.name;
      dot.append(title);
      dots.set(avatar.id, dot);
      // Yours is drawn last, on top of the crowd.
      if (self) group.append(dot);
      else group.prepend(dot);
    }
    dot.setAttribute('fill', avatar.color);
    dot.setAttribute('cx', avatar.x.toFixed(2));
    dot.setAttribute('cy', (floor.depth - avatar.y).toFixed(2));
  }
}

function drawPath(world: HallWorld, floor: HallFloor, line: SVGPolylineElement): void {
  const self = world.selfId ? world.avatars.get(world.selfId) : undefined;
  if (!self || !world.path || world.path.length === 0) {
    line.setAttribute('points', '');
    return;
  }
  const points = [self, ...world.path].map(
    (point) => `${point.x.toFixed(2)},${(floor.depth - point.y).toFixed(2)}`,
  );
  line.setAttribute('points', points.join(' '));
}

function drawHeat(world: HallWorld, floor: HallFloor, group: SVGGElement): void {
  group.replaceChildren();
  const columns = world.densityColumns;
  const size = world.densityCellMetres;
  if (columns <= 0) return;
  world.density.forEach((count, index) => {
    if (count <= 0) return;
    const cell = document.createElementNS(SVG, 'rect');
    const column = index % columns;
    const row = Math.floor(index / columns);
    cell.setAttribute('x', String(column * size));
    cell.setAttribute('y', String(floor.depth - (row + 1) * size));
    cell.setAttribute('width', String(size));
    cell.setAttribute('height', String(size));
    cell.setAttribute('fill-opacity', (0.15 + 0.55 * Math.min(1, count / CROWDED)).toFixed(2));
    group.append(cell);
  });
}
