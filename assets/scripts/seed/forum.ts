/**
 * Forum events: the schedule's slots given titles, descriptions and people. Titles are composed
 * from each cluster's subjects and the format's frames and never repeat.
 */
import type { ForumEvent } from '@salon/shared';
import { moscowTime } from './calendar.ts';
import { createCaster } from './casting.ts';
import { CLUSTER_SENTENCES, SUBJECTS } from './tables/forumSubjects.ts';
import { MAIN_FRAMES, REGIONAL_CASE, WRAP_UP, type FormatText } from './tables/forumFrames.ts';
import { regionFacts } from './tables/regions.ts';
import { TOPIC_CODES, type TopicCode } from './dictionaries.ts';
import { EVENT_MINUTES, planSchedule, type SlotPlan } from './forumSchedule.ts';
import { createRandom, type Random } from './random.ts';
import { seedId } from './seedId.ts';
import type { SeedSpeaker } from './speakers.ts';

type Pair = readonly [string, string];

/** Lower-cases the first letter unless the first word is an acronym or a brand (ФГОС, EdTech). */
export function lowerFirst(text: string): string {
  const firstWord = text.split(/[\s-]/)[0] ?? '';
  if (/\p{Lu}/u.test(firstWord.slice(1))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

interface Fill {
  readonly subject: Pair;
  readonly region: Pair;
  readonly authority: Pair;
}

function fill(template: string, language: 0 | 1, values: Fill): string {
  return template
    .replaceAll('{S}', values.subject[language])
    .replaceAll('{s}', language === 0 ? lowerFirst(values.subject[0]) : values.subject[1])
    .replaceAll('{R}', values.region[language])
    .replaceAll('{A}', values.authority[language]);
}

function framesFor(slot: SlotPlan): FormatText {
  if (slot.format === 'regionalCase') return REGIONAL_CASE;
  if (slot.phase === 'continuation' && slot.format === 'panel') return WRAP_UP;
  return MAIN_FRAMES[slot.format];
}

/** Hands out each cluster's subjects in a shuffled cycle and refuses repeated titles. */
function createTitler(random: Random): (slot: SlotPlan) => { title: Pair; description: Pair } {
  const queues = new Map<TopicCode, Pair[]>(
    TOPIC_CODES.map((code) => [code, random.shuffle(SUBJECTS[code])]),
  );
  const cursors = new Map<TopicCode, number>();
  const usedTitles = new Set<string>();
  return (slot) => {
    const sentence = random.pick(CLUSTER_SENTENCES[slot.cluster]);
    if (slot.special) {
      usedTitles.add(slot.special.title[0]);
      return { title: slot.special.title, description: slot.special.description };
    }
    const region = slot.regionCode ? regionFacts(slot.regionCode) : null;
    const frames = framesFor(slot);
    const queue = queues.get(slot.cluster) ?? [];
    for (let attempt = 0; attempt < queue.length; attempt += 1) {
      const cursor = cursors.get(slot.cluster) ?? 0;
      cursors.set(slot.cluster, cursor + 1);
      const subject = queue[cursor % queue.length];
      if (!subject) break;
      const values: Fill = {
        subject,
        region: region ? [region.ru, region.en] : ['', ''],
        authority: region ? [region.authority.ru, region.authority.en] : ['', ''],
      };
      for (const frame of random.shuffle(frames.titles)) {
        const title: Pair = [fill(frame[0], 0, values), fill(frame[1], 1, values)];
        if (usedTitles.has(title[0])) continue;
        usedTitles.add(title[0]);
        const description: Pair = [
          `${fill(frames.description[0], 0, values)} ${sentence[0]}`,
          `${fill(frames.description[1], 1, values)} ${sentence[1]}`,
        ];
        return { title, description };
      }
    }
    throw new Error(`Ran out of titles for cluster ${slot.cluster}`);
  };
}

export function buildEvents(
  speakers: readonly SeedSpeaker[],
  authorityCluster: (regionCode: string) => TopicCode,
): ForumEvent[] {
  const random = createRandom('forum');
  const slots = planSchedule(random, authorityCluster);
  const titleOf = createTitler(random);
  const caster = createCaster(speakers, random);
  const events = slots.map((slot, index): ForumEvent => {
    const startsAt = moscowTime(slot.day, slot.startMinutes);
    const endsAt = moscowTime(slot.day, slot.startMinutes + EVENT_MINUTES);
    const { title, description } = titleOf(slot);
    const cast = caster.cast({
      startsAt: Date.parse(startsAt),
      endsAt: Date.parse(endsAt),
      cluster: slot.cluster,
      format: slot.format,
      regionCode: slot.regionCode,
    });
    return {
      id: seedId('ev', index + 1),
      phase: slot.phase,
      day: slot.day,
      clusterCode: slot.cluster,
      stageId: slot.stageId,
      format: slot.format,
      startsAt,
      endsAt,
      title: { ru: title[0], en: title[1] },
      description: { ru: description[0], en: description[1] },
      moderatorId: cast.moderatorId,
      speakerIds: cast.speakerIds,
    };
  });
  const unused = caster.unused();
  if (unused.length > 0) throw new Error(`Speakers without an event: ${unused.join(', ')}`);
  return events;
}
