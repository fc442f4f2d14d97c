/**
 * Demo accounts: the fair's organiser, one staff member for each of a few exhibitors of every
 * kind (e001 and e071 among them, which the browser tests use), and the forum staff of the first
 * events: a producer and a chat expert assigned to them, and their moderators and speakers as
 * accounts linked to their speaker profiles. Emails are predictable (`staff.e001@salon.example`,
 * `speaker.sp216@salon.example`); names are Russian, first name and surname.
 */
import type { ForumEvent, Speaker } from '@salon/shared';
import type { SeedAccount } from '../../seed/accountSchema.ts';
import type { SeedExhibitor } from './exhibitors.ts';
import { createNameSource } from './names.ts';
import { createRandom } from './random.ts';

export const ORGANISER_EMAIL = 'organiser@salon.example';

/** Businesses, regional education authorities and educational organisations, in id order. */
export const STAFFED_EXHIBITOR_IDS = [
  'e001',
  'e002',
  'e015',
  'e040',
  'e069',
  'e071',
  'e085',
  'e101',
  'e130',
  'e160',
] as const;

export const PRODUCER_EMAIL = 'producer@salon.example';
export const CHAT_EXPERT_EMAIL = 'chat.expert@salon.example';
/** How many of the first events get forum staff accounts. */
const STAFFED_EVENT_COUNT = 2;

export function staffEmail(exhibitorId: string): string {
  return `staff.${exhibitorId}@salon.example`;
}

export function speakerEmail(speakerId: string): string {
  return `speaker.${speakerId}@salon.example`;
}

function firstAndSurname(fullName: string): string {
  const [first = '', ...rest] = fullName.split(' ');
  return `${first} ${rest.at(-1) ?? ''}`;
}

function forumStaff(
  events: readonly ForumEvent[],
  speakers: readonly Speaker[],
  nextName: () => { ru: string },
): SeedAccount[] {
  const staffed = events.slice(0, STAFFED_EVENT_COUNT);
  const assigned = (role: 'producer' | 'chatExpert') =>
    staffed.map((event) => ({ eventId: event.id, role }));
  const named = (): string => firstAndSurname(nextName().ru);
  const people: SeedAccount[] = [
    {
      email: PRODUCER_EMAIL,
      displayName: named(),
      role: 'producer',
      exhibitorId: null,
      speakerId: null,
      assignedEvents: assigned('producer'),
    },
    {
      email: CHAT_EXPERT_EMAIL,
      displayName: named(),
      role: 'chatExpert',
      exhibitorId: null,
      speakerId: null,
      assignedEvents: assigned('chatExpert'),
    },
  ];
  const byId = new Map(speakers.map((speaker) => [speaker.id, speaker]));
  const seen = new Set<string>();
  for (const event of staffed) {
    for (const speakerId of [event.moderatorId, ...event.speakerIds]) {
      const speaker = byId.get(speakerId);
      if (!speaker) throw new Error(`Event ${event.id} names no speaker ${speakerId}`);
      if (seen.has(speakerId)) continue;
      seen.add(speakerId);
      people.push({
        email: speakerEmail(speakerId),
        displayName: firstAndSurname(speaker.name.ru),
        role: speakerId === event.moderatorId ? 'moderator' : 'visitor',
        exhibitorId: null,
        speakerId,
        assignedEvents: [],
      });
    }
  }
  return people;
}

export function buildAccounts(
  seedExhibitors: readonly SeedExhibitor[],
  events: readonly ForumEvent[],
  speakers: readonly Speaker[],
): SeedAccount[] {
  const nextName = createNameSource(createRandom('accounts'));
  const known = new Set(seedExhibitors.map(({ exhibitor }) => exhibitor.id));
  const staff = STAFFED_EXHIBITOR_IDS.map((exhibitorId): SeedAccount => {
    if (!known.has(exhibitorId)) throw new Error(`No exhibitor ${exhibitorId} to staff`);
    const [first = '', , surname = ''] = nextName().ru.split(' ');
    return {
      email: staffEmail(exhibitorId),
      displayName: `${first} ${surname}`,
      role: 'exhibitor',
      exhibitorId,
      speakerId: null,
      assignedEvents: [],
    };
  });
  const organiser: SeedAccount = {
    email: ORGANISER_EMAIL,
    displayName: 'Организатор салона',
    role: 'organiser',
    exhibitorId: null,
    speakerId: null,
    assignedEvents: [],
  };
  return [organiser, ...staff, ...forumStaff(events, speakers, nextName)];
}
