/** An exhibitor of the fair and what a visitor sees on its card. */
import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n/localizedText.ts';
import { CodeSchema, IdSchema } from './ids.ts';

export const EXHIBITOR_KINDS = ['business', 'regionalSystem', 'institution'] as const;
export const ExhibitorKindSchema = z.enum(EXHIBITOR_KINDS);
export type ExhibitorKind = z.infer<typeof ExhibitorKindSchema>;

export const HexColorSchema = z.string().regex(/^#[0-9a-f]{6}$/i, 'Use a colour like #1a2b3c');

export const ExhibitorContactsSchema = z.object({
  website: z
    .url({ protocol: /^https?$/ })
    .max(300)
    .nullable(),
  email: z.email().max(200).nullable(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ()-]{5,32}$/)
    .nullable(),
});
export type ExhibitorContacts = z.infer<typeof ExhibitorContactsSchema>;

export const ExhibitorSchema = z.object({
  id: IdSchema,
  kind: ExhibitorKindSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  regionCode: CodeSchema,
  topicCodes: z.array(CodeSchema).min(1).max(10),
  contacts: ExhibitorContactsSchema,
  colors: z.object({ primary: HexColorSchema, accent: HexColorSchema }),
});
export type Exhibitor = z.infer<typeof ExhibitorSchema>;
