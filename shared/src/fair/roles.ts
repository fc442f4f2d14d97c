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

const EVERYONE = ROLES;

const PERMISSIONS = {
  'fair.read': EVERYONE,
  'stand.chat.post': EVERYONE,
  'briefcase.collect': EVERYONE,
  'lead.leave': EVERYONE,
  'stand.edit': ['exhibitor', 'organiser'],
  'stand.chat.moderate': ['exhibitor', 'organiser'],
  'stand.leads.read': ['exhibitor', 'organiser'],
  /** Going on or off duty: a staff member's own, so organisers, who staff no stand, cannot. */
  'stand.staff.duty': ['exhibitor'],
  /** Taking a person off the stand's staff (they keep their account, as a visitor). */
  'stand.staff.remove': ['exhibitor', 'organiser'],
  /** Taking off the last of a stand's staff: organisers only, since they invite new staff. */
  'stand.staff.removeLast': ['organiser'],
  /** Going live at the stand: publish, and administer its webinar rooms. */
  'stand.webinar.host': ['exhibitor'],
  'schedule.keep': EVERYONE,
  'exhibitor.inviteStaff': ['organiser'],
  'layout.edit': ['organiser'],
  'layout.publish': ['organiser'],
  'schedule.edit': ['organiser'],
  'exhibitor.create': ['organiser'],
  /** Who may be assigned as an event's producer (see eventRoles.ts for what that allows). */
  'forum.produce': ['producer'],
  /** Who may be assigned as an event's chat expert. */
  'forum.moderateChat': ['chatExpert', 'moderator'],
  /** Assigning an event's producer and chat expert. */
  'forum.staff.assign': ['organiser'],
  /** Watching the program of a live event, asking, commenting, voting, rating it afterwards. */
  'forum.watch': EVERYONE,
  'forum.chat.post': EVERYONE,
  'forum.feedback.leave': EVERYONE,
  /** Reading every viewer's ratings and comments of an event. */
  'forum.feedback.read': ['organiser'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export function can(role: Role, action: Action): boolean {
  return (PERMISSIONS[action] as readonly Role[]).includes(role);
}

/** Actions on one exhibitor's stand, which also need the stand to be the user's own. */
export type StandAction = Extract<
  Action,
  `stand.${'edit' | 'leads.read' | 'chat.moderate' | 'webinar.host' | 'staff.duty' | 'staff.remove'}`
>;

/**
 * Exhibitor staff act only on their own exhibitor's stand; organisers act on every stand.
 * Everyone else is refused whatever the stand.
 */
export function canOnStand(
  user: { role: Role; exhibitorId: string | null },
  action: StandAction,
  exhibitorId: string,
): boolean {
  if (!can(user.role, action)) return false;
  return user.role === 'organiser' || user.exhibitorId === exhibitorId;
}
