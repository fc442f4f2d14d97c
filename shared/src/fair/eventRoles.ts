/**
 * Who does what at one forum event. A person's roles at an event come from two places: the
 * event's programme names its moderator and speakers (speaker profiles, which a user is linked
 * to), and an organiser assigns its producer and chat expert. One table says what each role may
 * do there, asked through `canOnEvent`; nobody has a role at an event they are not part of,
 * whatever their role at the fair. An action may be the other way round: open to everyone but
 * the roles listed under `except`, who are too close to the event to judge it.
 */
import { z } from 'zod';
import { can, type Role } from './roles.ts';

export const EVENT_ROLES = ['producer', 'moderator', 'speaker', 'chatExpert'] as const;
export const EventRoleSchema = z.enum(EVENT_ROLES);
export type EventRole = z.infer<typeof EventRoleSchema>;

/**
 * The roles an organiser assigns, one person each, and the fair role that person must hold.
 * The moderator and speakers are not assigned: they follow from the programme.
 */
export const ASSIGNED_EVENT_ROLES = {
  producer: 'forum.produce',
  chatExpert: 'forum.moderateChat',
} as const satisfies Partial<Record<EventRole, Parameters<typeof can>[1]>>;
export type AssignedEventRole = keyof typeof ASSIGNED_EVENT_ROLES;
export const AssignedEventRoleSchema = z.enum(
  Object.keys(ASSIGNED_EVENT_ROLES) as [AssignedEventRole, ...AssignedEventRole[]],
);

const STUDIO = ['producer', 'moderator', 'speaker'] as const;

/** The roles an action needs (any one of them), or the roles that bar it (`except`). */
type EventRule = readonly EventRole[] | { readonly except: readonly EventRole[] };

const EVENT_PERMISSIONS = {
  /** Reading the studio's state (who is on air, the layout, the cue). */
  'event.studio.read': [...STUDIO, 'chatExpert'],
  /** A studio token (backstage camera and microphone) and the studio's live stream of changes. */
  'event.studio.join': STUDIO,
  /** Going live, ending, putting speakers on air, layout, slides, cues, the program token. */
  'event.studio.produce': ['producer'],
  /** Uploading one's own slides. */
  'event.slides.uploadOwn': ['speaker'],
  /** Uploading slides for any speaker of the event. */
  'event.slides.uploadAny': ['producer'],
  /** Uploading the recording of the program. */
  'event.recording.upload': ['producer'],
  /** Approving, rejecting and answering questions, hiding comments. */
  'event.chat.moderate': ['chatExpert'],
  /** Seeing questions that wait for the expert. */
  'event.chat.seePending': ['chatExpert', 'producer', 'moderator'],
  /** Rating the event once it is over: its own staff would skew the ratings; anyone else may. */
  'event.feedback.leave': { except: EVENT_ROLES },
} as const satisfies Record<string, EventRule>;

export type EventAction = keyof typeof EVENT_PERMISSIONS;

export function canOnEvent(roles: readonly EventRole[], action: EventAction): boolean {
  const rule: EventRule = EVENT_PERMISSIONS[action];
  if ('except' in rule) return !roles.some((role) => rule.except.includes(role));
  return roles.some((role) => rule.includes(role));
}

/**
 * A user's roles at an event: moderator or speaker through their speaker profile, producer or
 * chat expert through an assignment, which counts only while their fair role still allows it.
 */
export function eventRolesOf(
  user: { role: Role; speakerId: string | null },
  event: { moderatorId: string; speakerIds: readonly string[] },
  assigned: readonly AssignedEventRole[],
): EventRole[] {
  const roles = new Set<EventRole>();
  for (const role of assigned) {
    if (can(user.role, ASSIGNED_EVENT_ROLES[role])) roles.add(role);
  }
  if (user.speakerId !== null) {
    if (user.speakerId === event.moderatorId) roles.add('moderator');
    if (event.speakerIds.includes(user.speakerId)) roles.add('speaker');
  }
  return EVENT_ROLES.filter((role) => roles.has(role));
}
