/** University programs: search and filters. */
import type { z } from 'zod';
import { CodeSchema } from '../fair/ids.ts';
import { ProgramFormatSchema, ProgramSchema } from '../fair/university.ts';
import { PaginationQuerySchema, SearchTextSchema, pageOf } from './common.ts';

export const ProgramQuerySchema = PaginationQuerySchema.extend({
  q: SearchTextSchema,
  competency: CodeSchema.optional(),
  format: ProgramFormatSchema.optional(),
});
export type ProgramQuery = z.infer<typeof ProgramQuerySchema>;
export const ProgramPageSchema = pageOf(ProgramSchema);
