/**
 * The two exhibition halls and their layouts.
 *
 * Each hall has one east–west main alley across its middle and, crossing it, one north–south
 * theme alley per topic (two or more when a topic has more stands than one alley holds). Stands
 * line both sides of their theme alley north and south of the main alley, facing it, with a
 * small gap to the corridor so that they never intrude into it. Forum screens stand beside the
 * main alley in the entrance zone and between theme alley blocks; spawn points are on the main
 * alley by the west entrance. All coordinates are multiples of 0.5 m.
 */
import type { Alley, Exhibitor, Hall, HallLayout, Screen, Stand } from '@salon/shared';
import type { StageId, TopicCode } from './dictionaries.ts';
import { seedId } from './seedId.ts';

const FLOOR_DEPTH = 80;
const MIN_FLOOR_WIDTH = 160;
const MAIN_Y = FLOOR_DEPTH / 2;
const MAIN_WIDTH = 6;
const MAIN_END_MARGIN = 4;
const THEME_WIDTH = 4;
const THEME_END_MARGIN = 5;
/** Stand size: frontage along its alley (north–south) and depth away from it (east–west). */
const STAND_FRONTAGE = 6;
const STAND_DEPTH = 5;
/** Free strip between a corridor's edge and the stands that line it. */
const STAND_GAP = 0.5;
const STANDS_PER_ROW = 5;
/** Two sides times two halves (north and south of the main alley). */
export const STANDS_PER_ALLEY = STANDS_PER_ROW * 4;
const FIRST_ALLEY_X = 30;
const EAST_MARGIN = 10;
const MIN_SPACING = 18;
const MAX_SPACING = 30;
const SCREEN_WIDTH = 6;
const SCREEN_OFFSET = 2;

interface HallPlan {
  readonly number: number;
  readonly name: { readonly ru: string; readonly en: string };
  readonly topics: readonly TopicCode[];
  /** Stages shown on the hall's screens; the first one by the entrance. */
  readonly stages: readonly StageId[];
}

const HALL_PLANS: readonly HallPlan[] = [
  {
    number: 1,
    name: { ru: 'Павильон 1: Уровни образования', en: 'Pavilion 1: Levels of education' },
    topics: ['preschool', 'school', 'vocational', 'higher', 'supplementary'],
    stages: ['stage-main', 'stage-school', 'stage-professions'],
  },
  {
    number: 2,
    name: { ru: 'Павильон 2: Технологии и люди', en: 'Pavilion 2: Technology and people' },
    topics: ['digital', 'inclusive', 'upbringing', 'teacher', 'edtech'],
    stages: ['stage-main', 'stage-digital', 'stage-teacher'],
  },
];

interface ThemeAlleyPlan {
  readonly id: string;
  readonly topicCode: TopicCode;
  readonly exhibitorIds: readonly string[];
}

function themeAlleyPlans(
  prefix: string,
  plan: HallPlan,
  exhibitors: readonly Exhibitor[],
): ThemeAlleyPlan[] {
  return plan.topics.flatMap((topicCode) => {
    const ids = exhibitors
      .filter((exhibitor) => exhibitor.topicCodes[0] === topicCode)
      .map((exhibitor) => exhibitor.id);
    const count = Math.max(1, Math.ceil(ids.length / STANDS_PER_ALLEY));
    const perAlley = Math.ceil(ids.length / count);
    return Array.from({ length: count }, (_, index) => ({
      id: `${prefix}-a-${topicCode}${index === 0 ? '' : `-${index + 1}`}`,
      topicCode,
      exhibitorIds: ids.slice(index * perAlley, (index + 1) * perAlley),
    }));
  });
}

/** Slot `index` of an alley at `alleyX`: rows fill from the main alley outwards. */
function standAt(
  alleyX: number,
  index: number,
): Pick<Stand, 'x' | 'y' | 'width' | 'depth' | 'facing'> {
  const row = Math.floor(index / 4);
  const north = index % 4 < 2;
  const east = index % 2 === 0;
  const fromMain = MAIN_WIDTH / 2 + STAND_GAP + STAND_FRONTAGE * row + STAND_FRONTAGE / 2;
  const fromAlley = THEME_WIDTH / 2 + STAND_GAP + STAND_DEPTH / 2;
  return {
    x: east ? alleyX + fromAlley : alleyX - fromAlley,
    y: north ? MAIN_Y + fromMain : MAIN_Y - fromMain,
    width: STAND_DEPTH,
    depth: STAND_FRONTAGE,
    facing: east ? 'west' : 'east',
  };
}

function spacingFor(alleyCount: number): number {
  if (alleyCount < 2) return MAX_SPACING;
  const fitting =
    Math.floor(((MIN_FLOOR_WIDTH - FIRST_ALLEY_X - EAST_MARGIN) / (alleyCount - 1)) * 2) / 2;
  return Math.min(MAX_SPACING, Math.max(MIN_SPACING, fitting));
}

function buildHall(
  plan: HallPlan,
  exhibitors: readonly Exhibitor[],
): { hall: Hall; layout: HallLayout } {
  const prefix = `h${plan.number}`;
  const themes = themeAlleyPlans(prefix, plan, exhibitors);
  const spacing = spacingFor(themes.length);
  const alleyXs = themes.map((_, index) => FIRST_ALLEY_X + spacing * index);
  const width = Math.max(MIN_FLOOR_WIDTH, (alleyXs.at(-1) ?? FIRST_ALLEY_X) + EAST_MARGIN);

  const alleys: Alley[] = [
    {
      id: `${prefix}-a-main`,
      topicCode: null,
      from: { x: MAIN_END_MARGIN, y: MAIN_Y },
      to: { x: width - MAIN_END_MARGIN, y: MAIN_Y },
      width: MAIN_WIDTH,
    },
  ];
  const stands: Stand[] = [];
  themes.forEach((theme, alleyIndex) => {
    const x = alleyXs[alleyIndex] ?? FIRST_ALLEY_X;
    alleys.push({
      id: theme.id,
      topicCode: theme.topicCode,
      from: { x, y: THEME_END_MARGIN },
      to: { x, y: FLOOR_DEPTH - THEME_END_MARGIN },
      width: THEME_WIDTH,
    });
    theme.exhibitorIds.forEach((exhibitorId, slot) => {
      stands.push({
        id: seedId(`${prefix}-s`, stands.length + 1),
        exhibitorId,
        ...standAt(x, slot),
      });
    });
  });

  // The first stage's screen greets visitors by the entrance; the others stand in the gaps
  // between theme alley blocks, alternately north and south of the main alley.
  const gapXs = alleyXs.slice(1).map((x, index) => (x + (alleyXs[index] ?? x)) / 2);
  const [entranceStage, ...gapStages] = plan.stages;
  const screenSpots = [
    { x: FIRST_ALLEY_X / 2, north: true },
    ...gapStages.slice(0, gapXs.length).map((_, index, all) => ({
      x:
        gapXs[all.length < 2 ? 0 : Math.round((index * (gapXs.length - 1)) / (all.length - 1))] ??
        0,
      north: index % 2 === 1,
    })),
  ];
  const screenOffset = MAIN_WIDTH / 2 + SCREEN_OFFSET;
  const screens: Screen[] = screenSpots.map((spot, index) => ({
    id: `${prefix}-screen-${index + 1}`,
    stageId: (index === 0 ? entranceStage : gapStages[index - 1]) ?? 'stage-main',
    x: spot.x,
    y: spot.north ? MAIN_Y + screenOffset : MAIN_Y - screenOffset,
    width: SCREEN_WIDTH,
    facing: spot.north ? 'south' : 'north',
  }));

  const spawnX = MAIN_END_MARGIN + 3;
  return {
    hall: {
      id: `hall-${plan.number}`,
      name: { ...plan.name },
      floor: { width, depth: FLOOR_DEPTH },
    },
    layout: {
      stands,
      alleys,
      screens,
      spawnPoints: [
        { id: `${prefix}-spawn-1`, x: spawnX, y: MAIN_Y - 1.5 },
        { id: `${prefix}-spawn-2`, x: spawnX, y: MAIN_Y + 1.5 },
      ],
    },
  };
}

/** Every exhibitor gets one stand, in the hall and alley of its first topic. */
export function buildHalls(
  exhibitors: readonly Exhibitor[],
): Array<{ hall: Hall; layout: HallLayout }> {
  const halls = HALL_PLANS.map((plan) => buildHall(plan, exhibitors));
  const placed = halls.reduce((sum, { layout }) => sum + layout.stands.length, 0);
  if (placed !== exhibitors.length) {
    throw new Error(
      `Placed ${placed} stands for ${exhibitors.length} exhibitors: a topic has no hall`,
    );
  }
  return halls;
}
