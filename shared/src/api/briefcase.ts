/** The visitor's briefcase: materials and contacts collected across stands. */
import { z } from 'zod';
import { IdSchema } from '../fair/ids.ts';
import { MaterialKindSchema, MaterialSchema } from '../fair/stand.ts';
import { LocalizedTextSchema } from '../i18n/localizedText.ts';
import { ExhibitorContactsSchema } from '../fair/exhibitor.ts';
import { BriefcaseCursorSchema, BriefcaseCursorTextSchema } from './briefcaseCursor.ts';
import { PaginationQuerySchema } from './common.ts';

export const BriefcaseAddSchema = z.union([
  z.object({ materialId: IdSchema }),
  z.object({ contactsOf: IdSchema }),
]);
export type BriefcaseAdd = z.infer<typeof BriefcaseAddSchema>;

/** What a material was when its exhibitor removed it; there is nothing left to download. */
const RemovedMaterialSchema = z.object({
  kind: MaterialKindSchema,
  title: LocalizedTextSchema,
  removedAt: z.iso.datetime({ offset: true }),
});

/** Exactly one of `material`, `contacts` and `removedMaterial` is set. */
export const BriefcaseItemSchema = z.object({
  id: IdSchema,
  addedAt: z.iso.datetime({ offset: true }),
  exhibitor: z.object({ id: IdSchema, name: LocalizedTextSchema }),
  material: MaterialSchema.nullable(),
  /** Set for a "contacts" item: the exhibitor's contacts as they were when collected. */
  contacts: ExhibitorContactsSchema.nullable(),
  /** Set when the exhibitor removed the material, until the visitor dismisses the entry. */
  removedMaterial: RemovedMaterialSchema.nullable(),
});
export type BriefcaseItem = z.infer<typeof BriefcaseItemSchema>;
/**
 * A page of the briefcase, newest first, after `cursor` (from the newest item when absent);
 * `exhibitorId` keeps one stand's items (its page asks).
 */
export const BriefcaseQuerySchema = z.object({
  cursor: BriefcaseCursorSchema.optional(),
  pageSize: PaginationQuerySchema.shape.pageSize,
  exhibitorId: IdSchema.optional(),
});
export type BriefcaseQuery = z.infer<typeof BriefcaseQuerySchema>;
export const BriefcasePageSchema = z.object({
  items: z.array(BriefcaseItemSchema),
  /** Pass as `cursor` for the page after this one; null when this page is the last. */
  nextCursor: BriefcaseCursorTextSchema.nullable(),
  /** How many items the briefcase (or the stand's part of it) holds now, on every page. */
  total: z.number().int().min(0),
});
export type BriefcasePage = z.infer<typeof BriefcasePageSchema>;
export const BriefcaseItemParamsSchema = z.object({ itemId: IdSchema });
