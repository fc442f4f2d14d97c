/** "MIEF University": professional-development programs tagged with teacher competencies. */
import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n/localizedText.ts';
import { CodeSchema, IdSchema } from './ids.ts';

export const CompetencySchema = z.object({
  code: CodeSchema,
  name: LocalizedTextSchema,
});
export type Competency = z.infer<typeof CompetencySchema>;

export const PROGRAM_FORMATS = ['online', 'blended'] as const;
export const ProgramFormatSchema = z.enum(PROGRAM_FORMATS);
export type ProgramFormat = z.infer<typeof ProgramFormatSchema>;

/** Academic hours, as Russian continuing-education programs are sized. */
export const PROGRAM_HOURS = [16, 36, 72, 144] as const;
export const ProgramHoursSchema = z.literal(PROGRAM_HOURS);

export const ProgramSchema = z.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  hours: ProgramHoursSchema,
  format: ProgramFormatSchema,
  provider: LocalizedTextSchema,
  competencyCodes: z.array(CodeSchema).min(1).max(6),
});
export type Program = z.infer<typeof ProgramSchema>;
