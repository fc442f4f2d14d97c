/** MIEF University: competencies and the programs that develop them. */
import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { programFormatEnum } from './enums.ts';

export const competencies = pgTable('competencies', {
  code: text().primaryKey(),
  nameRu: text().notNull(),
  nameEn: text().notNull(),
  position: integer().notNull(),
});

export const programs = pgTable('programs', {
  id: text().primaryKey(),
  titleRu: text().notNull(),
  titleEn: text().notNull(),
  descriptionRu: text().notNull(),
  descriptionEn: text().notNull(),
  hours: integer().notNull(),
  format: programFormatEnum().notNull(),
  providerRu: text().notNull(),
  providerEn: text().notNull(),
  /** Lower-cased titles, descriptions and providers in both languages. */
  searchText: text().notNull(),
});

export const programCompetencies = pgTable(
  'program_competencies',
  {
    programId: text()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    competencyCode: text()
      .notNull()
      .references(() => competencies.code),
    position: integer().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.programId, table.competencyCode] }),
    index().on(table.competencyCode),
  ],
);
