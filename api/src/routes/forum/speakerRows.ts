/** Speaker rows as the api shows them. */
import type { Speaker } from '@salon/shared';
import { localized } from '../../db/localized.ts';
import type * as t from '../../db/schema/index.ts';

export function toSpeaker(row: typeof t.speakers.$inferSelect): Speaker {
  return {
    id: row.id,
    name: localized(row.nameRu, row.nameEn),
    position: localized(row.positionRu, row.positionEn),
    organisation: localized(row.organisationRu, row.organisationEn),
    regionCode: row.regionCode,
  };
}
