/** Converts between a `HallLayout` document and the rows of one layout version. */
import type { HallLayout } from '@salon/shared';
import type * as t from '../schema/index.ts';

export interface LayoutRows {
  stands: (typeof t.stands.$inferInsert)[];
  alleys: (typeof t.alleys.$inferInsert)[];
  screens: (typeof t.screens.$inferInsert)[];
  spawnPoints: (typeof t.spawnPoints.$inferInsert)[];
}

export function toLayoutRows(layoutVersionId: string, layout: HallLayout): LayoutRows {
  return {
    stands: layout.stands.map((stand) => ({ layoutVersionId, ...stand })),
    alleys: layout.alleys.map((alley) => ({
      layoutVersionId,
      id: alley.id,
      topicCode: alley.topicCode,
      fromX: alley.from.x,
      fromY: alley.from.y,
      toX: alley.to.x,
      toY: alley.to.y,
      width: alley.width,
    })),
    screens: layout.screens.map((screen) => ({ layoutVersionId, ...screen })),
    spawnPoints: layout.spawnPoints.map((spawn) => ({ layoutVersionId, ...spawn })),
  };
}

export function fromLayoutRows(rows: {
  stands: readonly (typeof t.stands.$inferSelect)[];
  alleys: readonly (typeof t.alleys.$inferSelect)[];
  screens: readonly (typeof t.screens.$inferSelect)[];
  spawnPoints: readonly (typeof t.spawnPoints.$inferSelect)[];
}): HallLayout {
  return {
    stands: rows.stands.map(({ layoutVersionId: _version, ...stand }) => stand),
    alleys: rows.alleys.map((alley) => ({
      id: alley.id,
      topicCode: alley.topicCode,
      from: { x: alley.fromX, y: alley.fromY },
      to: { x: alley.toX, y: alley.toY },
      width: alley.width,
    })),
    screens: rows.screens.map(({ layoutVersionId: _version, ...screen }) => screen),
    spawnPoints: rows.spawnPoints.map(({ layoutVersionId: _version, ...spawn }) => spawn),
  };
}
