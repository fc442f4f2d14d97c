/** Small reference lists the client loads once: regions, topics, competencies. */
import { z } from 'zod';
import { RegionSchema } from '../fair/region.ts';
import { TopicSchema } from '../fair/topic.ts';
import { CompetencySchema } from '../fair/university.ts';

export const RegionListSchema = z.array(RegionSchema);
export const TopicListSchema = z.array(TopicSchema);
export const CompetencyListSchema = z.array(CompetencySchema);

export const HealthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
});
export type Health = z.infer<typeof HealthSchema>;
