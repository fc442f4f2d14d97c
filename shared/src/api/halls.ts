/** Halls and their published layouts. */
import { z } from 'zod';
import { IdSchema } from '../fair/ids.ts';
import { HallFloorSchema, HallLayoutSchema, HallSchema } from '../hall/hallLayout.ts';
import { LayoutIssueSchema } from '../hall/layoutIssue.ts';

export const HallSummarySchema = HallSchema.extend({
  standCount: z.number().int().min(0),
  publishedVersion: z.number().int().min(1).nullable(),
});
export type HallSummary = z.infer<typeof HallSummarySchema>;
export const HallListSchema = z.array(HallSummarySchema);

export const HallParamsSchema = z.object({ hallId: IdSchema });

export const PublishedLayoutSchema = z.object({
  hallId: IdSchema,
  version: z.number().int().min(1),
  publishedAt: z.iso.datetime({ offset: true }),
  floor: HallFloorSchema,
  layout: HallLayoutSchema,
});
export type PublishedLayout = z.infer<typeof PublishedLayoutSchema>;

export const ValidateLayoutBodySchema = z.object({
  floor: HallFloorSchema,
  layout: HallLayoutSchema,
});
export const ValidateLayoutResultSchema = z.object({
  valid: z.boolean(),
  issues: z.array(LayoutIssueSchema),
});
