/** A federal subject of Russia that exhibitors and visitors come from. */
import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n/localizedText.ts';
import { CodeSchema } from './ids.ts';

export const RegionSchema = z.object({
  code: CodeSchema,
  name: LocalizedTextSchema,
});
export type Region = z.infer<typeof RegionSchema>;
