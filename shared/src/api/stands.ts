/** The stand as a visitor sees it, and what its exhibitor may change. */
import { z } from 'zod';
import { ExhibitorContactsSchema, HexColorSchema } from '../fair/exhibitor.ts';
import { IdSchema } from '../fair/ids.ts';
import {
  MaterialSchema,
  ProductSchema,
  StaffMemberSchema,
  StandVideoSchema,
} from '../fair/stand.ts';
import { LocalizedTextSchema } from '../i18n/localizedText.ts';
import { ExhibitorDetailSchema } from './exhibitors.ts';

export const StandParamsSchema = z.object({ exhibitorId: IdSchema });

export const StandDetailSchema = z.object({
  exhibitor: ExhibitorDetailSchema,
  logoUrl: z.string().max(500).nullable(),
  video: StandVideoSchema.nullable(),
  products: z.array(ProductSchema),
  materials: z.array(MaterialSchema),
  staff: z.array(StaffMemberSchema),
});
export type StandDetail = z.infer<typeof StandDetailSchema>;

/** The exhibitor's edit of its card; fields left out stay as they are. */
export const StandUpdateSchema = z
  .object({
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
    colors: z.object({ primary: HexColorSchema, accent: HexColorSchema }),
    contacts: ExhibitorContactsSchema,
  })
  .partial()
  .refine((update) => Object.keys(update).length > 0, 'Send at least one field to change');
export type StandUpdate = z.infer<typeof StandUpdateSchema>;

/** The most products and services a stand lists. */
export const PRODUCTS_MAX = 30;
/** The longest link address a stand may give. */
export const LINK_URL_MAX = 500;

export const ProductInputSchema = ProductSchema.omit({ id: true });
export const ProductListInputSchema = z.object({
  products: z.array(ProductInputSchema).max(PRODUCTS_MAX),
});

export const LinkMaterialInputSchema = z.object({
  title: LocalizedTextSchema,
  url: z.url({ protocol: /^https?$/ }).max(LINK_URL_MAX),
});

/**
 * The headers of a material upload. `Idempotency-Key` makes it safe to retry: the client makes
 * one UUID per upload and sends the same one on every retry of it, so that an upload stored
 * once is answered again instead of stored twice. Without it each request is a new upload.
 */
export const MaterialUploadHeadersSchema = z.object({
  'idempotency-key': z
    .uuid({
      error:
        'Idempotency-Key must be a UUID: make one per upload (crypto.randomUUID()) and send the same one when retrying it.',
    })
    .optional(),
});

export const MaterialParamsSchema = StandParamsSchema.extend({ materialId: IdSchema });

export const StaffDutySchema = z.object({ onDuty: z.boolean() });

export const StaffParamsSchema = StandParamsSchema.extend({ userId: z.uuid() });
