/** Exhibitor directory: search and filters, list items, the exhibitor card. */
import { z } from 'zod';
import { ExhibitorKindSchema, ExhibitorSchema } from '../fair/exhibitor.ts';
import { CodeSchema, IdSchema } from '../fair/ids.ts';
import { RegionSchema } from '../fair/region.ts';
import { TopicSchema } from '../fair/topic.ts';
import { PaginationQuerySchema, SearchTextSchema, pageOf } from './common.ts';

export const ExhibitorQuerySchema = PaginationQuerySchema.extend({
  q: SearchTextSchema,
  kind: ExhibitorKindSchema.optional(),
  region: CodeSchema.optional(),
  topic: CodeSchema.optional(),
});
export type ExhibitorQuery = z.infer<typeof ExhibitorQuerySchema>;

/** Where an exhibitor's stand stands in the published layouts, if it has one. */
export const StandLocationSchema = z.object({ hallId: IdSchema, standId: IdSchema });
export type StandLocation = z.infer<typeof StandLocationSchema>;

export const ExhibitorSummarySchema = ExhibitorSchema.pick({
  id: true,
  kind: true,
  name: true,
  regionCode: true,
  topicCodes: true,
  colors: true,
}).extend({
  stand: StandLocationSchema.nullable(),
  /** The logo the exhibitor uploaded, for the hall's stand boards; null draws its initials. */
  logoUrl: z.string().max(500).nullable(),
});
export type ExhibitorSummary = z.infer<typeof ExhibitorSummarySchema>;

export const ExhibitorPageSchema = pageOf(ExhibitorSummarySchema);

export const ExhibitorDetailSchema = ExhibitorSchema.extend({
  region: RegionSchema,
  topics: z.array(TopicSchema),
  stand: StandLocationSchema.nullable(),
});
export type ExhibitorDetail = z.infer<typeof ExhibitorDetailSchema>;
