/**
 * Forum speakers: moderators from the forum's media partners, staff of the exhibitors (two
 * people from each education authority, one to three from other exhibitors) and experts from
 * national associations. Each speaker carries the topics they can talk about, used to cast
 * events; moderators only moderate.
 */
import type { Speaker } from '@salon/shared';
import {
  AUTHORITY_DIVISIONS,
  AUTHORITY_HEADS,
  EXPERT_ORGANISATIONS,
  MEDIA,
  STAFF_POSITIONS,
  type Position,
} from './tables/positions.ts';
import { TOPIC_CODES, type TopicCode } from './dictionaries.ts';
import type { SeedExhibitor } from './exhibitors.ts';
import { createNameSource, type Gender } from './names.ts';
import { createRandom } from './random.ts';
import { seedId } from './seedId.ts';

export const SPEAKER_COUNT = 380;
const MODERATOR_COUNT = 36;

export interface SeedSpeaker {
  readonly speaker: Speaker;
  readonly topics: readonly TopicCode[];
  readonly moderator: boolean;
}

type Draft = Omit<SeedSpeaker, 'speaker'> & {
  readonly position: Position;
  readonly organisation: { readonly ru: string; readonly en: string };
  readonly regionCode: string | null;
};

function positionText(position: Position, gender: Gender): { ru: string; en: string } {
  const [masculine, en, feminine] = position;
  return { ru: gender === 'female' && feminine ? feminine : masculine, en };
}

export function buildSpeakers(exhibitors: readonly SeedExhibitor[]): SeedSpeaker[] {
  const random = createRandom('speakers');
  const drafts: Draft[] = [];

  for (let index = 0; index < MODERATOR_COUNT; index += 1) {
    const media = MEDIA[index % MEDIA.length] ?? MEDIA[0];
    if (!media) throw new Error('No forum media to take moderators from');
    drafts.push({
      topics: TOPIC_CODES,
      moderator: true,
      position: random.pick(media.positions),
      organisation: { ru: media.ru, en: media.en },
      regionCode: random.chance(0.5) ? 'moscow' : null,
    });
  }

  for (const { exhibitor, staff, topics } of exhibitors) {
    const common = {
      topics,
      moderator: false,
      organisation: { ...exhibitor.name },
      regionCode: exhibitor.regionCode,
    };
    if (staff === 'authority') {
      const heads = AUTHORITY_HEADS[exhibitor.name.ru.split(' ')[0] ?? ''];
      if (!heads) throw new Error(`No heads known for ${exhibitor.name.ru}`);
      drafts.push({ ...common, position: random.pick(heads) });
      drafts.push({ ...common, position: random.pick(AUTHORITY_DIVISIONS) });
      continue;
    }
    const positions = random.shuffle(STAFF_POSITIONS[staff]);
    const count = staff === 'business' ? random.int(1, 2) : random.int(1, 3);
    for (const position of positions.slice(0, count)) drafts.push({ ...common, position });
  }

  while (drafts.length < SPEAKER_COUNT) {
    const organisation = random.pick(EXPERT_ORGANISATIONS);
    drafts.push({
      topics: organisation.topics,
      moderator: false,
      position: random.pick(organisation.positions),
      organisation: { ru: organisation.ru, en: organisation.en },
      regionCode: random.chance(0.7) ? null : 'moscow',
    });
  }

  const nextName = createNameSource(random);
  return random.shuffle(drafts).map((draft, index) => {
    const name = nextName();
    return {
      topics: draft.topics,
      moderator: draft.moderator,
      speaker: {
        id: seedId('sp', index + 1),
        name: { ru: name.ru, en: name.en },
        position: positionText(draft.position, name.gender),
        organisation: { ...draft.organisation },
        regionCode: draft.regionCode,
      },
    };
  });
}
