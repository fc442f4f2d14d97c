/**
 * Identifiers used in URLs and foreign keys. Seed content uses short readable ids (`e001`),
 * rows created later use UUIDs; both fit this pattern, and anything else is refused at the edge.
 */
import { z } from 'zod';

export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Use lowercase letters, digits and dashes only');
export type Id = z.infer<typeof IdSchema>;

/** Short stable codes for dictionaries (regions, topics, competencies). */
export const CodeSchema = z
  .string()
  .min(1)
  .max(48)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'Use lowercase letters, digits, dashes and underscores only');
export type Code = z.infer<typeof CodeSchema>;
