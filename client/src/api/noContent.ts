/**
 * The schema for 204 answers, which apiClient parses as null. The client has no runtime zod of
 * its own (shared owns the schemas), so a nullable shared schema stands in; callers drop it.
 */
import { ProblemSchema } from '@salon/shared';

export const NoContentSchema = ProblemSchema.nullable();
