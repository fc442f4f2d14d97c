/**
 * Builds the whole demo fair from fixed seeds: the same fair on every run and machine.
 * Pure: no I/O; `generateSeed.ts` writes the result.
 */
import type { Region } from '@salon/shared';
import type { DemoFair } from '../../seed/demoFair.ts';
import { REGION_FACTS } from './tables/regions.ts';
import {
  buildCompetencies,
  buildStages,
  buildTopics,
  TOPIC_CODES,
  type TopicCode,
} from './dictionaries.ts';
import { buildAccounts } from './accounts.ts';
import { buildExhibitors } from './exhibitors.ts';
import { buildEvents } from './forum.ts';
import { buildHalls } from './halls.ts';
import { buildSpeakers } from './speakers.ts';
import { buildStandContent } from './standContent.ts';
import { buildPrograms } from './university.ts';
import { buildWebinars } from './webinars.ts';

export function generateDemoFair(): DemoFair {
  const regions: Region[] = REGION_FACTS.map(({ code, ru, en }) => ({ code, name: { ru, en } }));
  const seedExhibitors = buildExhibitors();
  const exhibitors = seedExhibitors.map(({ exhibitor }) => exhibitor);
  const seedSpeakers = buildSpeakers(seedExhibitors);

  // A region's case on the forum is about the theme its education authority leads with.
  const authorityCluster = (regionCode: string): TopicCode => {
    const authority = seedExhibitors.find(
      ({ staff, exhibitor }) => staff === 'authority' && exhibitor.regionCode === regionCode,
    );
    return authority?.topics[0] ?? TOPIC_CODES[1];
  };

  const speakers = seedSpeakers.map(({ speaker }) => speaker);
  const events = buildEvents(seedSpeakers, authorityCluster);
  return {
    regions,
    topics: buildTopics(),
    exhibitors,
    halls: buildHalls(exhibitors),
    stages: buildStages(),
    speakers,
    events,
    competencies: buildCompetencies(),
    programs: buildPrograms(seedExhibitors),
    standContent: buildStandContent(seedExhibitors),
    webinars: buildWebinars(seedExhibitors, events),
    accounts: buildAccounts(seedExhibitors, events, speakers),
  };
}
