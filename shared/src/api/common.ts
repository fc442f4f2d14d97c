/** Schemas every API area shares: pagination, ids in paths, errors. */
import { z } from 'zod';
import { IdSchema } from '../fair/ids.ts';
import { singleLineText } from '../i18n/plainText.ts';

export const PAGE_SIZE_MAX = 100;
export const PAGE_SIZE_DEFAULT = 20;

export const PaginationQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
});
export type PaginationQuery = z.infer<typeof PaginationQuerySchema>;

export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    total: z.number().int().min(0),
  });
}
export interface Page<Item> {
  items: Item[];
  page: number;
  pageSize: number;
  total: number;
}

/** Free-text search as typed by a person; trimmed, bounded, empty means "no filter". */
export const SearchTextSchema = singleLineText(100)
  .transform((text) => (text === '' ? undefined : text))
  .optional();

export const IdParamsSchema = z.object({ id: IdSchema });

/** RFC 9457 problem details, the body of every error response. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;
