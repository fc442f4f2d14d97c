/**
 * The seed shape of a stand's content: products, materials and the video presentation of one
 * exhibitor. Media are committed files named by their path relative to the assets folder
 * (resolve them with `resolveAssetPath` from `@salon/assets/media`); the api stores them as
 * the stand's files. Products and materials have no ids here: the database gives them theirs.
 */
import {
  IdSchema,
  LocaleSchema,
  LocalizedTextSchema,
  MaterialKindSchema,
  ProductInputSchema,
} from '@salon/shared';
import { z } from 'zod';

/** `videos/presentation-1.webm`, `materials/brochure-3.pdf`: a generated file under assets/. */
export const AssetPathSchema = z
  .string()
  .max(200)
  .regex(
    /^(videos|materials)\/[a-z0-9-]+(\.(ru|en))?\.(webm|mp4|jpg|vtt|pdf|png)$/,
    'Use a path to a generated file under videos/ or materials/',
  );

export const SeedMaterialSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: MaterialKindSchema.extract(['pdf']),
    title: LocalizedTextSchema,
    path: AssetPathSchema,
    contentType: z.literal('application/pdf'),
  }),
  z.object({
    kind: MaterialKindSchema.extract(['image']),
    title: LocalizedTextSchema,
    path: AssetPathSchema,
    contentType: z.enum(['image/png', 'image/jpeg']),
  }),
  z.object({
    kind: MaterialKindSchema.extract(['link']),
    title: LocalizedTextSchema,
    url: z.url({ protocol: /^https$/ }).max(500),
  }),
]);
export type SeedMaterial = z.infer<typeof SeedMaterialSchema>;

export const SeedVideoSchema = z.object({
  title: LocalizedTextSchema,
  /** In order of preference: WebM (VP9 + Opus) first, then MP4 (H.264 + AAC). */
  sources: z
    .array(z.object({ path: AssetPathSchema, type: z.enum(['video/webm', 'video/mp4']) }))
    .min(1),
  posterPath: AssetPathSchema,
  /** WebVTT captions, one track per language. */
  captions: z.array(z.object({ path: AssetPathSchema, language: LocaleSchema })),
});
export type SeedVideo = z.infer<typeof SeedVideoSchema>;

export const StandContentSchema = z.object({
  exhibitorId: IdSchema,
  products: z.array(ProductInputSchema).min(1).max(30),
  materials: z.array(SeedMaterialSchema).max(30),
  video: SeedVideoSchema.nullable(),
});
export type StandContent = z.infer<typeof StandContentSchema>;
