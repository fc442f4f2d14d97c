/** The visitor's briefcase: materials and contacts collected across stands. */
import { z } from 'zod';
import { IdSchema } from '../fair/ids.ts';
import { MaterialKindSchema, MaterialSchema } from '../fair/stand.ts';
import { LocalizedTextSchema } from '../i18n/localizedText.ts';
import { ExhibitorContactsSchema } from '../fair/exhibitor.ts';
import { PaginationQuerySchema, pageOf } from './common.ts';

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
/** A page of the briefcase, newest first; `exhibitorId` keeps one stand's items (its page asks). */
export const BriefcaseQuerySchema = PaginationQuerySchema.extend({
  exhibitorId: IdSchema.optional(),
});
export type BriefcaseQuery = z.infer<typeof BriefcaseQuerySchema>;
export const BriefcasePageSchema = pageOf(BriefcaseItemSchema);
export type BriefcasePage = z.infer<typeof BriefcasePageSchema>;
export const BriefcaseItemParamsSchema = z.object({ itemId: IdSchema });
