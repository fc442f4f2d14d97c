/** Text that Salon shows in both of its interface languages. */
import { z } from 'zod';
import { multiLineText } from './plainText.ts';

export const LOCALES = ['ru', 'en'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

export const LocalizedTextSchema = z.object({
  ru: multiLineText(4000).pipe(z.string().min(1)),
  en: multiLineText(4000).pipe(z.string().min(1)),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
