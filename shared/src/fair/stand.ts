/**
 * What a stand shows besides the exhibitor's card: its video presentation, products and
 * services, materials to take away, and the staff on duty.
 */
import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n/localizedText.ts';
import { IdSchema } from './ids.ts';

export const MATERIAL_KINDS = ['pdf', 'image', 'link'] as const;
export const MaterialKindSchema = z.enum(MATERIAL_KINDS);
export type MaterialKind = z.infer<typeof MaterialKindSchema>;

/** Served files are addressed by a path under /api/files; links are external http(s) URLs. */
export const MediaUrlSchema = z.string().max(500);

export const MaterialSchema = z.object({
  id: IdSchema,
  kind: MaterialKindSchema,
  title: LocalizedTextSchema,
  url: MediaUrlSchema,
  sizeBytes: z.number().int().min(0).nullable(),
});
export type Material = z.infer<typeof MaterialSchema>;

export const ProductSchema = z.object({
  id: IdSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
});
export type Product = z.infer<typeof ProductSchema>;

export const StandVideoSchema = z.object({
  /** Sources in order of preference, each with its MIME type. */
  sources: z.array(z.object({ url: MediaUrlSchema, type: z.string().max(100) })).min(1),
  posterUrl: MediaUrlSchema.nullable(),
  /** WebVTT captions per language. */
  captions: z.array(z.object({ url: MediaUrlSchema, language: z.enum(['ru', 'en']) })),
});
export type StandVideo = z.infer<typeof StandVideoSchema>;

export const StaffMemberSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  onDuty: z.boolean(),
  online: z.boolean(),
});
export type StaffMember = z.infer<typeof StaffMemberSchema>;
