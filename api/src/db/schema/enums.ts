/** PostgreSQL enums, each derived from the shared `as const` table it mirrors. */
import {
  EVENT_FORMATS,
  EXHIBITOR_KINDS,
  FACINGS,
  FORUM_PHASES,
  PROGRAM_FORMATS,
  ROLES,
} from '@salon/shared';
import { pgEnum } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ROLES);
export const exhibitorKindEnum = pgEnum('exhibitor_kind', EXHIBITOR_KINDS);
export const facingEnum = pgEnum('facing', FACINGS);
export const forumPhaseEnum = pgEnum('forum_phase', FORUM_PHASES);
export const eventFormatEnum = pgEnum('event_format', EVENT_FORMATS);
export const programFormatEnum = pgEnum('program_format', PROGRAM_FORMATS);
export const LAYOUT_STATUSES = ['draft', 'published', 'archived'] as const;
export const layoutStatusEnum = pgEnum('layout_status', LAYOUT_STATUSES);
