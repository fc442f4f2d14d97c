/**
 * The shape of the demo fair's seed content, checked with the shared schemas. Kept apart from
 * `index.ts` (which imports the JSON files) so that the generator can validate what it is about
 * to write before any JSON exists.
 */
import {
  CompetencySchema,
  ExhibitorSchema,
  ForumEventSchema,
  HallLayoutSchema,
  HallSchema,
  ProgramSchema,
  RegionSchema,
  SpeakerSchema,
  StageSchema,
  TopicSchema,
  type Competency,
  type Exhibitor,
  type ForumEvent,
  type Hall,
  type HallLayout,
  type Program,
  type Region,
  type Speaker,
  type Stage,
  type Topic,
} from '@salon/shared';
import { z } from 'zod';
import { SeedAccountSchema, type SeedAccount } from './accountSchema.ts';
import { StandContentSchema, type StandContent } from './standContentSchema.ts';
import { SeedWebinarSchema, type SeedWebinar } from './webinarSchema.ts';

export interface DemoFair {
  regions: Region[];
  topics: Topic[];
  exhibitors: Exhibitor[];
  halls: Array<{ hall: Hall; layout: HallLayout }>;
  stages: Stage[];
  speakers: Speaker[];
  events: ForumEvent[];
  competencies: Competency[];
  programs: Program[];
  /** Products, materials and video of every exhibitor's stand, one record per exhibitor. */
  standContent: StandContent[];
  /** Webinars and master classes the exhibitors have scheduled beside the forum's continuation. */
  webinars: SeedWebinar[];
  /** Demo sign-ins; every one uses `DEMO_ACCOUNT_PASSWORD`. */
  accounts: SeedAccount[];
}

export const HallWithLayoutSchema = z.object({ hall: HallSchema, layout: HallLayoutSchema });

/** Each part of the fair, the schema of one of its records, and the file that holds it. */
export const DEMO_FAIR_PARTS = {
  regions: RegionSchema,
  topics: TopicSchema,
  exhibitors: ExhibitorSchema,
  halls: HallWithLayoutSchema,
  stages: StageSchema,
  speakers: SpeakerSchema,
  events: ForumEventSchema,
  competencies: CompetencySchema,
  programs: ProgramSchema,
  standContent: StandContentSchema,
  webinars: SeedWebinarSchema,
  accounts: SeedAccountSchema,
} as const satisfies Record<keyof DemoFair, z.ZodType>;

export type DemoFairPart = keyof typeof DEMO_FAIR_PARTS;

export const DEMO_FAIR_PART_NAMES = Object.keys(DEMO_FAIR_PARTS) as DemoFairPart[];

export const DemoFairSchema: z.ZodType<DemoFair> = z.object({
  regions: z.array(RegionSchema),
  topics: z.array(TopicSchema),
  exhibitors: z.array(ExhibitorSchema),
  halls: z.array(HallWithLayoutSchema),
  stages: z.array(StageSchema),
  speakers: z.array(SpeakerSchema),
  events: z.array(ForumEventSchema),
  competencies: z.array(CompetencySchema),
  programs: z.array(ProgramSchema),
  standContent: z.array(StandContentSchema),
  webinars: z.array(SeedWebinarSchema),
  accounts: z.array(SeedAccountSchema),
});

/** The text of `<part>.json` exactly as committed: two-space JSON and a final newline. */
export function seedFileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
