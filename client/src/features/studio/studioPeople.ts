/**
 * Who is who in the studio: the event's moderator and speakers (from its programme), each with
 * the account that appears as them (from the event's staff), whose user id is their LiveKit
 * identity in the studio room. A speaker with no account cannot come into the studio.
 */
import type { EventStaff, LocalizedText, PersonRef } from '@salon/shared';

export interface StudioPerson {
  speakerId: string;
  name: LocalizedText;
  role: 'moderator' | 'speaker';
  /** The user id (studio identity) of the account linked to this person, if any. */
  userId: string | null;
}

export function studioPeople(
  event: { moderator: PersonRef; speakers: readonly PersonRef[] },
  staff: EventStaff,
): StudioPerson[] {
  const accountOf = (speakerId: string) =>
    staff.members.find((member) => member.speaker?.id === speakerId)?.user.id ?? null;
  return [
    {
      speakerId: event.moderator.id,
      name: event.moderator.name,
      role: 'moderator' as const,
      userId: accountOf(event.moderator.id),
    },
    ...event.speakers.map((speaker) => ({
      speakerId: speaker.id,
      name: speaker.name,
      role: 'speaker' as const,
      userId: accountOf(speaker.id),
    })),
  ];
}

/** The speaker profile the signed-in user appears as at this event, if any. */
export function mySpeakerId(staff: EventStaff, userId: string | null): string | null {
  if (!userId) return null;
  return staff.members.find((member) => member.user.id === userId)?.speaker?.id ?? null;
}
