/** What every area builds on: ids, localized and plain text, pages, problems, reference lists. */

export { LOCALES, LocaleSchema, LocalizedTextSchema } from '../i18n/localizedText.ts';
export type { Locale, LocalizedText } from '../i18n/localizedText.ts';
export { multiLineText, singleLineText } from '../i18n/plainText.ts';
export { CodeSchema, IdSchema } from '../fair/ids.ts';
export type { Code, Id } from '../fair/ids.ts';
export {
  IdParamsSchema,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  PaginationQuerySchema,
  ProblemSchema,
  SearchTextSchema,
  pageOf,
} from '../api/common.ts';
export type { Page, PaginationQuery, Problem } from '../api/common.ts';
export { RegionSchema } from '../fair/region.ts';
export type { Region } from '../fair/region.ts';
export { TopicSchema } from '../fair/topic.ts';
export type { Topic } from '../fair/topic.ts';
export {
  CompetencyListSchema,
  HealthSchema,
  RegionListSchema,
  TopicListSchema,
} from '../api/dictionaries.ts';
export type { Health } from '../api/dictionaries.ts';
