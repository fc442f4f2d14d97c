/**
 * Exhibitors' webinars and master classes beside the forum's continuation (30 April – 8 May):
 * on each day one or two of the forum's events get one, at the stand of an exhibitor working on
 * the event's topic, half-way into the broadcast or just after it. An exhibitor holds at most
 * one and a text is used once. Now and then the stand is one with a demo staff account, so that
 * a demo can take a seeded webinar live. All are scheduled: none is live without a host.
 */
import type { ForumEvent, Locale, WebinarFormat } from '@salon/shared';
import type { SeedWebinar } from '../../seed/webinarSchema.ts';
import { STAFFED_EXHIBITOR_IDS } from './accounts.ts';
import { moscowMinutes, moscowTime } from './calendar.ts';
import { TOPIC_CODES } from './dictionaries.ts';
import type { SeedExhibitor } from './exhibitors.ts';
import { createRandom } from './random.ts';
import { STAND_WEBINARS } from './tables/standWebinars.ts';

/**
 * Minutes after the event's start: half-way into a 50-minute broadcast, or ten minutes after
 * it. Never earlier, so the broadcast opens first and a webinar of the same topic that starts
 * with it still ranks beside it.
 */
const START_OFFSETS = [30, 60] as const;
const DURATIONS = {
  webinar: [45, 60],
  masterClass: [60, 90],
} as const satisfies Record<WebinarFormat, readonly number[]>;
const STAFFED: ReadonlySet<string> = new Set(STAFFED_EXHIBITOR_IDS);

export function buildWebinars(
  seedExhibitors: readonly SeedExhibitor[],
  events: readonly ForumEvent[],
): SeedWebinar[] {
  const random = createRandom('webinars');
  const continuation = events.filter((event) => event.phase === 'continuation');
  const days = [...new Set(continuation.map((event) => event.day))].sort();
  const usedExhibitors = new Set<string>();
  const usedTitles = new Set<string>();
  const webinars: SeedWebinar[] = [];
  for (const day of days) {
    const chosen = random
      .shuffle(continuation.filter((event) => event.day === day))
      .slice(0, random.int(1, 2))
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
    for (const event of chosen) {
      const topic = TOPIC_CODES.find((code) => code === event.clusterCode);
      if (!topic) continue;
      const rows = STAND_WEBINARS[topic].filter(([, titleRu]) => !usedTitles.has(titleRu));
      const hosts = seedExhibitors.filter(
        ({ exhibitor, topics }) => topics.includes(topic) && !usedExhibitors.has(exhibitor.id),
      );
      if (rows.length === 0 || hosts.length === 0) continue;
      const staffed = hosts.filter(({ exhibitor }) => STAFFED.has(exhibitor.id));
      const host =
        staffed.length > 0 && random.chance(0.4) ? random.pick(staffed) : random.pick(hosts);
      const [format, titleRu, titleEn, aboutRu, aboutEn] = random.pick(rows);
      usedExhibitors.add(host.exhibitor.id);
      usedTitles.add(titleRu);
      const language: Locale = random.chance(0.2) ? 'en' : 'ru';
      webinars.push({
        exhibitorId: host.exhibitor.id,
        title: { ru: titleRu, en: titleEn },
        description: {
          ru: `${aboutRu} Рядом с эфиром форума «${event.title.ru}», на ту же тему.`,
          en: `${aboutEn} Beside the forum broadcast “${event.title.en}”, on the same topic.`,
        },
        startsAt: moscowTime(day, moscowMinutes(event.startsAt) + random.pick(START_OFFSETS)),
        durationMinutes: random.pick(DURATIONS[format]),
        language,
        format,
      });
    }
  }
  return webinars;
}
