/** A visitor's briefcase: the materials they collected from stands, read a page at a time. */

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
export { BriefcaseCursorSchema, briefcaseCursor } from '../api/briefcaseCursor.ts';
export type { BriefcasePosition } from '../api/briefcaseCursor.ts';
