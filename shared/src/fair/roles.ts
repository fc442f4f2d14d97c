/**
 * Who may do what. One table, asked through `can(role, action)`; unions are derived from it so
 * that a new action cannot be checked without also being granted somewhere.
 */
import { z } from 'zod';

export const ROLES = [
  'visitor',
  'exhibitor',
  'moderator',
  'producer',
  'chatExpert',
  'organiser',
] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

const PERMISSIONS = {
  'fair.read': ['visitor', 'exhibitor', 'moderator', 'producer', 'chatExpert', 'organiser'],
  'stand.edit': ['exhibitor', 'organiser'],
  'layout.edit': ['organiser'],
  'layout.publish': ['organiser'],
  'schedule.edit': ['organiser'],
  'exhibitor.create': ['organiser'],
  'forum.produce': ['producer'],
  'forum.moderateChat': ['chatExpert', 'moderator'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export function can(role: Role, action: Action): boolean {
  return (PERMISSIONS[action] as readonly Role[]).includes(role);
}
