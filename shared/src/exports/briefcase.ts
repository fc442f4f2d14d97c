/** A visitor's briefcase: the materials they collected from stands. */

export {
  BriefcaseAddSchema,
  BriefcaseItemParamsSchema,
  BriefcaseItemSchema,
  BriefcasePageSchema,
  BriefcaseQuerySchema,
} from '../api/briefcase.ts';
export type {
  BriefcaseAdd,
  BriefcaseItem,
  BriefcasePage,
  BriefcaseQuery,
} from '../api/briefcase.ts';
