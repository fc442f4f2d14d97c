/**
 * The forum's grid. Main days (26–29 April 2027): five stages, ten 50-minute slots from 10:00
 * to 20:00, the main stage opening each day with a plenary. Continuation (30 April – 8 May):
 * the main stage twice a day and the regions' stage with the regions' own cases, every region
 * once. Each slot gets a cluster and a format here; texts and people come later.
 */
import type { EventFormat, ForumPhase } from '@salon/shared';
import { daysBetween } from './calendar.ts';
import { CONTINUATION_BOOKENDS, PLENARIES, type SpecialEvent } from './tables/forumFrames.ts';
import { REGION_FACTS } from './tables/regions.ts';
import { STAGES, TOPIC_CODES, type StageId, type TopicCode } from './dictionaries.ts';
import type { Random } from './random.ts';

export const MAIN_DAYS = daysBetween('2027-04-26', '2027-04-29');
export const CONTINUATION_DAYS = daysBetween('2027-04-30', '2027-05-08');
export const EVENT_MINUTES = 50;

const MAIN_STAGES: readonly StageId[] = [
  'stage-main',
  'stage-school',
  'stage-professions',
  'stage-digital',
  'stage-teacher',
];
const MAIN_SLOTS_PER_DAY = 10;
const FIRST_SLOT_MINUTES = 10 * 60;
const CONTINUATION_MAIN_STARTS = [12 * 60, 16 * 60];
const REGIONAL_STARTS = [11 * 60, 13 * 60, 15 * 60, 17 * 60];

const MAIN_STAGE_FORMATS: readonly EventFormat[] = [
  'panel',
  'panel',
  'panel',
  'interview',
  'interview',
  'talk',
];
const THEME_STAGE_FORMATS: readonly EventFormat[] = [
  'panel',
  'panel',
  'talk',
  'talk',
  'talk',
  'masterClass',
  'masterClass',
  'interview',
];
const CONTINUATION_FORMATS: readonly EventFormat[] = [
  'panel',
  'panel',
  'masterClass',
  'interview',
  'talk',
];

export interface SlotPlan {
  readonly phase: ForumPhase;
  readonly day: string;
  readonly stageId: StageId;
  readonly startMinutes: number;
  readonly format: EventFormat;
  readonly cluster: TopicCode;
  readonly special: SpecialEvent | null;
  readonly regionCode: string | null;
}

/** Draws clusters round after round, each round a fresh shuffle, so that none is neglected. */
function clusterQueue(random: Random, clusters: readonly TopicCode[]): () => TopicCode {
  let round: TopicCode[] = [];
  return () => {
    if (round.length === 0) round = random.shuffle(clusters);
    const next = round.shift();
    if (!next) throw new Error('A stage has no clusters');
    return next;
  };
}

function mainDays(random: Random): SlotPlan[] {
  const slots: SlotPlan[] = [];
  for (const stageId of MAIN_STAGES) {
    const stage = STAGES.find((candidate) => candidate.id === stageId);
    if (!stage) throw new Error(`Unknown stage ${stageId}`);
    const nextCluster = clusterQueue(random, stage.clusters);
    MAIN_DAYS.forEach((day, dayIndex) => {
      for (let slot = 0; slot < MAIN_SLOTS_PER_DAY; slot += 1) {
        const plenary =
          stageId === 'stage-main' && slot === 0 ? (PLENARIES[dayIndex] ?? null) : null;
        const formats = stageId === 'stage-main' ? MAIN_STAGE_FORMATS : THEME_STAGE_FORMATS;
        slots.push({
          phase: 'main',
          day,
          stageId,
          startMinutes: FIRST_SLOT_MINUTES + slot * 60,
          format: plenary ? 'panel' : random.pick(formats),
          cluster: plenary ? plenary.cluster : nextCluster(),
          special: plenary,
          regionCode: null,
        });
      }
    });
  }
  return slots;
}

function continuation(
  random: Random,
  authorityCluster: (regionCode: string) => TopicCode,
): SlotPlan[] {
  const slots: SlotPlan[] = [];
  const nextCluster = clusterQueue(random, TOPIC_CODES);
  const lastDay = CONTINUATION_DAYS.length - 1;
  CONTINUATION_DAYS.forEach((day, dayIndex) => {
    CONTINUATION_MAIN_STARTS.forEach((startMinutes, slot) => {
      const bookend =
        dayIndex === 0 && slot === 0
          ? CONTINUATION_BOOKENDS[0]
          : dayIndex === lastDay && slot === CONTINUATION_MAIN_STARTS.length - 1
            ? CONTINUATION_BOOKENDS[1]
            : null;
      slots.push({
        phase: 'continuation',
        day,
        stageId: 'stage-main',
        startMinutes,
        format: bookend ? 'panel' : random.pick(CONTINUATION_FORMATS),
        cluster: bookend ? bookend.cluster : nextCluster(),
        special: bookend,
        regionCode: null,
      });
    });
  });

  // Every region presents once; the days take turns carrying one case more than the others.
  const regions = random.shuffle(REGION_FACTS.map((region) => region.code));
  const perDay = Math.floor(regions.length / CONTINUATION_DAYS.length);
  let extra = regions.length - perDay * CONTINUATION_DAYS.length;
  CONTINUATION_DAYS.forEach((day, dayIndex) => {
    const count = perDay + (extra > 0 && dayIndex % 3 === 0 ? 1 : 0);
    if (count > perDay) extra -= 1;
    for (const startMinutes of REGIONAL_STARTS.slice(0, count)) {
      const regionCode = regions.shift();
      if (!regionCode) return;
      slots.push({
        phase: 'continuation',
        day,
        stageId: 'stage-regions',
        startMinutes,
        format: 'regionalCase',
        cluster: authorityCluster(regionCode),
        special: null,
        regionCode,
      });
    }
  });
  if (regions.length > 0) throw new Error(`${regions.length} regions have no slot for their case`);
  return slots;
}

/** All slots in chronological order, stages in their listed order within a time. */
export function planSchedule(
  random: Random,
  authorityCluster: (regionCode: string) => TopicCode,
): SlotPlan[] {
  const stageOrder = STAGES.map((stage): StageId => stage.id);
  return [...mainDays(random), ...continuation(random, authorityCluster)].sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      a.startMinutes - b.startMinutes ||
      stageOrder.indexOf(a.stageId) - stageOrder.indexOf(b.stageId),
  );
}
