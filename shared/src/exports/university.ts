/** The University: professional-development programs, their formats and hours, and competencies. */

export {
  CompetencySchema,
  PROGRAM_FORMATS,
  PROGRAM_HOURS,
  ProgramFormatSchema,
  ProgramHoursSchema,
  ProgramSchema,
} from '../fair/university.ts';
export type { Competency, Program, ProgramFormat } from '../fair/university.ts';
export { ProgramPageSchema, ProgramQuerySchema } from '../api/university.ts';
export type { ProgramQuery } from '../api/university.ts';
