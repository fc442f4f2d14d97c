/**
 * An organiser creates an exhibitor: its card (the same fields a visitor sees), its stand's first
 * content, and the email of the person who will run it, who gets a staff invitation. Logo and
 * video come later through the stand's upload routes, which organisers may use on any stand.
 */
import { z } from 'zod';
import { ExhibitorSchema } from '../fair/exhibitor.ts';
import { CodeSchema } from '../fair/ids.ts';
import { EmailSchema, InvitationSchema } from './accounts.ts';
import { ExhibitorDetailSchema } from './exhibitors.ts';
import { LinkMaterialInputSchema, PRODUCTS_MAX, ProductInputSchema } from './stands.ts';

/** The most links a new exhibitor's stand starts with; more are added in its dashboard. */
export const NEW_STAND_LINKS_MAX = 10;

export const ExhibitorCreateSchema = ExhibitorSchema.omit({ id: true }).extend({
  topicCodes: z
    .array(CodeSchema)
    .min(1, 'Choose at least one topic')
    .max(10, 'Choose at most 10 topics')
    .refine((codes) => new Set(codes).size === codes.length, 'Choose each topic once'),
  products: z.array(ProductInputSchema).max(PRODUCTS_MAX).default([]),
  links: z.array(LinkMaterialInputSchema).max(NEW_STAND_LINKS_MAX).default([]),
  /** The first staff member, invited to set a password and run the stand. */
  staffEmail: EmailSchema,
});
export type ExhibitorCreate = z.input<typeof ExhibitorCreateSchema>;

export const ExhibitorCreatedSchema = z.object({
  exhibitor: ExhibitorDetailSchema,
  /** The first staff member's invitation; its secret link is shown this once. */
  invitation: InvitationSchema,
});
export type ExhibitorCreated = z.infer<typeof ExhibitorCreatedSchema>;
