/** What `validateLayout` reports: one entry per problem, naming the ids involved. */
import { z } from 'zod';

export const LAYOUT_ISSUE_CODES = [
  'duplicateId',
  'standOffFloor',
  'standOverlap',
  'standBlocksAlley',
  'standUnreachable',
  'alleyOffFloor',
  'alleysDisconnected',
  'screenOffFloor',
  'spawnOffAlley',
  'noAlleys',
] as const;
export const LayoutIssueCodeSchema = z.enum(LAYOUT_ISSUE_CODES);
export type LayoutIssueCode = z.infer<typeof LayoutIssueCodeSchema>;

export const LayoutIssueSchema = z.object({
  code: LayoutIssueCodeSchema,
  /** English sentence for logs and the API; the client translates by `code`. */
  message: z.string(),
  ids: z.array(z.string()),
});
export type LayoutIssue = z.infer<typeof LayoutIssueSchema>;
