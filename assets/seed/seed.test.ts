/**
 * The committed demo fair: valid against the shared schemas, exactly what the generator makes,
 * internally consistent (references, stands, schedule) and large enough to look like a fair.
 * Checks collect offenders and compare them with [] so that a failure names what is wrong.
 */
import { readFileSync } from 'node:fs';
import { distanceToSegment, standEntrance, validateLayout, type ForumEvent } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contrastWithWhite } from '../scripts/seed/colors.ts';
import { generateDemoFair } from '../scripts/seed/generateDemoFair.ts';
import { DEMO_FAIR_PART_NAMES, DEMO_FAIR_PARTS, DemoFairSchema, seedFileText } from './demoFair.ts';
import { loadDemoFair } from './index.ts';

const fair = loadDemoFair();

function readSeedFile(part: string): string {
  return readFileSync(new URL(`./${part}.json`, import.meta.url), 'utf8');
}

function overlaps(a: ForumEvent, b: ForumEvent): boolean {
  return (
    Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt)
  );
}

/** Ids of consecutive overlapping events; checking neighbours in start order is enough. */
function overlappingPairs(events: readonly ForumEvent[]): string[] {
  const sorted = [...events].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return sorted.flatMap((event, index) => {
    const next = sorted[index + 1];
    return next && overlaps(event, next) ? [`${event.id}/${next.id}`] : [];
  });
}

type RefKind = 'region' | 'topic' | 'stage' | 'speaker' | 'competency' | 'exhibitor' | 'event';
/** A reference found in the fair: what kind of record, its key, and who refers to it. */
type Ref = readonly [kind: RefKind, value: string, from: string];

function ref(kind: RefKind, value: string, from: string): Ref {
  return [kind, value, from];
}

function participants(event: ForumEvent): string[] {
  return [event.moderatorId, ...event.speakerIds];
}

describe('the seed files', () => {
  it.each(DEMO_FAIR_PART_NAMES)('%s.json parses with the shared schema', (part) => {
    const result = z.array(DEMO_FAIR_PARTS[part]).safeParse(JSON.parse(readSeedFile(part)));
    expect(result.error ? `${part}.json: ${z.prettifyError(result.error)}` : 'valid').toBe('valid');
  });

  it('are exactly what the generator writes (else run `npm run seed:generate -w @salon/assets`)', () => {
    expect(generateDemoFair()).toEqual(fair);
    const generated = DemoFairSchema.parse(generateDemoFair());
    const stale = DEMO_FAIR_PART_NAMES.filter(
      (part) => readSeedFile(part) !== seedFileText(generated[part]),
    );
    expect(stale).toEqual([]);
  });
});

describe('loadDemoFair', () => {
  it('returns a fair of plausible size', () => {
    expect(fair.regions).toHaveLength(30);
    expect(fair.topics).toHaveLength(10);
    expect(fair.exhibitors.length).toBeGreaterThanOrEqual(150);
    expect(new Set(fair.exhibitors.map((exhibitor) => exhibitor.kind))).toEqual(
      new Set(['business', 'regionalSystem', 'institution']),
    );
    expect(fair.halls).toHaveLength(2);
    expect(fair.stages).toHaveLength(6);
    expect(fair.speakers.length).toBeGreaterThanOrEqual(300);
    expect(fair.events.length).toBeGreaterThanOrEqual(200);
    expect(fair.competencies).toHaveLength(11);
    expect(fair.programs.length).toBeGreaterThanOrEqual(60);
  });

  it('uses each id and code once per part', () => {
    const keys = {
      regions: fair.regions.map((region) => region.code),
      topics: fair.topics.map((topic) => topic.code),
      exhibitors: fair.exhibitors.map((exhibitor) => exhibitor.id),
      halls: fair.halls.map(({ hall }) => hall.id),
      stages: fair.stages.map((stage) => stage.id),
      speakers: fair.speakers.map((speaker) => speaker.id),
      events: fair.events.map((event) => event.id),
      competencies: fair.competencies.map((competency) => competency.code),
      programs: fair.programs.map((program) => program.id),
      standContent: fair.standContent.map((content) => content.exhibitorId),
      accounts: fair.accounts.map((account) => account.email),
    };
    const duplicated = Object.entries(keys).flatMap(([part, values]) =>
      values.filter((value, index) => values.indexOf(value) !== index).map((v) => `${part}:${v}`),
    );
    expect(duplicated).toEqual([]);
  });

  it('refers only to records that exist', () => {
    const known: Record<RefKind, Set<string>> = {
      region: new Set(fair.regions.map((region) => region.code)),
      topic: new Set(fair.topics.map((topic) => topic.code)),
      stage: new Set(fair.stages.map((stage) => stage.id)),
      speaker: new Set(fair.speakers.map((speaker) => speaker.id)),
      competency: new Set(fair.competencies.map((competency) => competency.code)),
      exhibitor: new Set(fair.exhibitors.map((exhibitor) => exhibitor.id)),
      event: new Set(fair.events.map((event) => event.id)),
    };
    const references: Ref[] = [
      ...fair.exhibitors.flatMap((e) => [
        ref('region', e.regionCode, e.id),
        ...e.topicCodes.map((code) => ref('topic', code, e.id)),
      ]),
      ...fair.speakers.flatMap((s) => (s.regionCode ? [ref('region', s.regionCode, s.id)] : [])),
      ...fair.events.flatMap((e) => [
        ref('topic', e.clusterCode, e.id),
        ref('stage', e.stageId, e.id),
        ...participants(e).map((id) => ref('speaker', id, e.id)),
      ]),
      ...fair.programs.flatMap((p) => p.competencyCodes.map((c) => ref('competency', c, p.id))),
      ...fair.standContent.map((c) =>
        ref('exhibitor', c.exhibitorId, `standContent ${c.exhibitorId}`),
      ),
      ...fair.webinars.map((w) => ref('exhibitor', w.exhibitorId, `webinar ${w.title.en}`)),
      ...fair.accounts.flatMap((a) => [
        ...(a.exhibitorId ? [ref('exhibitor', a.exhibitorId, a.email)] : []),
        ...(a.speakerId ? [ref('speaker', a.speakerId, a.email)] : []),
        ...a.assignedEvents.map(({ eventId }) => ref('event', eventId, a.email)),
      ]),
      ...fair.halls.flatMap(({ layout }) => [
        ...layout.stands.map((s) => ref('exhibitor', s.exhibitorId, s.id)),
        ...layout.alleys.flatMap((a) => (a.topicCode ? [ref('topic', a.topicCode, a.id)] : [])),
        ...layout.screens.map((s) => ref('stage', s.stageId, s.id)),
      ]),
    ];
    const dangling = references
      .filter(([kind, value]) => !known[kind].has(value))
      .map(([kind, value, from]) => `${from} → ${kind} ${value}`);
    expect(dangling).toEqual([]);
  });
});

describe('exhibitors', () => {
  it('have one to three topics, a website and a primary colour that carries white text', () => {
    const offenders = fair.exhibitors.filter(
      (exhibitor) =>
        exhibitor.topicCodes.length > 3 ||
        !/^https:\/\/[a-z0-9-]+\.example$/.test(exhibitor.contacts.website ?? '') ||
        contrastWithWhite(exhibitor.colors.primary) < 4.5,
    );
    expect(offenders.map((exhibitor) => exhibitor.id)).toEqual([]);
  });

  it('come from at least 25 regions, including every region’s education authority', () => {
    const regions = new Set(fair.exhibitors.map((exhibitor) => exhibitor.regionCode));
    expect(regions.size).toBeGreaterThanOrEqual(25);
    const withAuthority = new Set(
      fair.exhibitors.filter((e) => e.kind === 'regionalSystem').map((e) => e.regionCode),
    );
    expect(fair.regions.filter((region) => !withAuthority.has(region.code))).toEqual([]);
  });
});

describe('halls', () => {
  it.each(fair.halls.map(({ hall, layout }) => [hall.id, hall, layout] as const))(
    '%s passes validateLayout with no issues',
    (_, hall, layout) => {
      const issues = validateLayout(hall.floor, layout);
      expect(issues.map((issue) => `${issue.code}: ${issue.message}`)).toEqual([]);
    },
  );

  it('give every exhibitor one stand, opening onto an alley of its first topic', () => {
    const firstTopic = new Map(fair.exhibitors.map((e) => [e.id, e.topicCodes[0]]));
    const stands = fair.halls.flatMap(({ layout }) => layout.stands);
    const standCount = (id: string) => stands.filter((stand) => stand.exhibitorId === id).length;
    expect(fair.exhibitors.filter((e) => standCount(e.id) !== 1).map((e) => e.id)).toEqual([]);

    const misplaced = fair.halls.flatMap(({ layout }) =>
      layout.stands.filter((stand) => {
        const entrance = standEntrance(stand);
        const nearest = [...layout.alleys].sort(
          (a, b) => distanceToSegment(a, entrance) - distanceToSegment(b, entrance),
        )[0];
        return nearest?.topicCode !== firstTopic.get(stand.exhibitorId);
      }),
    );
    expect(misplaced.map((stand) => stand.id)).toEqual([]);
  });

  it('have two or three forum screens and spawn points by the west entrance', () => {
    for (const { hall, layout } of fair.halls) {
      expect(layout.screens.length).toBeGreaterThanOrEqual(2);
      expect(layout.screens.length).toBeLessThanOrEqual(3);
      expect(layout.spawnPoints.length).toBeGreaterThanOrEqual(1);
      expect(layout.spawnPoints.filter((spawn) => spawn.x > hall.floor.width / 10)).toEqual([]);
    }
  });
});

describe('forum events', () => {
  it('fill the main days and the continuation, on Moscow time', () => {
    const main = fair.events.filter((event) => event.phase === 'main');
    const continuation = fair.events.filter((event) => event.phase === 'continuation');
    expect(main.length).toBeGreaterThanOrEqual(200);
    expect(continuation.length).toBeGreaterThanOrEqual(40);
    expect(continuation.filter((event) => event.format === 'regionalCase').length).toBeGreaterThan(
      0,
    );
    const outside = fair.events.filter((event) => {
      const [first, last] =
        event.phase === 'main' ? ['2027-04-26', '2027-04-29'] : ['2027-04-30', '2027-05-08'];
      return (
        event.day < first ||
        event.day > last ||
        !event.startsAt.startsWith(`${event.day}T`) ||
        !event.startsAt.endsWith('+03:00') ||
        !event.endsAt.startsWith(`${event.day}T`) ||
        !event.endsAt.endsWith('+03:00')
      );
    });
    expect(outside.map((event) => event.id)).toEqual([]);
  });

  it('have distinct titles, a moderator and two to four other distinct speakers', () => {
    expect(new Set(fair.events.map((event) => event.title.ru)).size).toBe(fair.events.length);
    expect(new Set(fair.events.map((event) => event.title.en)).size).toBe(fair.events.length);
    const badCasts = fair.events.filter(
      (event) =>
        event.speakerIds.length < 2 ||
        event.speakerIds.length > 4 ||
        new Set(participants(event)).size !== participants(event).length,
    );
    expect(badCasts.map((event) => event.id)).toEqual([]);
  });

  it('never overlap on one stage', () => {
    const clashes = fair.stages.flatMap((stage) =>
      overlappingPairs(fair.events.filter((event) => event.stageId === stage.id)),
    );
    expect(clashes).toEqual([]);
  });

  it('never put a speaker in two events at once, and give every speaker an event', () => {
    const clashes = fair.speakers.flatMap((speaker) =>
      overlappingPairs(fair.events.filter((event) => participants(event).includes(speaker.id))).map(
        (pair) => `${speaker.id}: ${pair}`,
      ),
    );
    expect(clashes).toEqual([]);
    const appearing = new Set(fair.events.flatMap(participants));
    expect(fair.speakers.filter((speaker) => !appearing.has(speaker.id)).map((s) => s.id)).toEqual(
      [],
    );
  });
});

describe('speakers', () => {
  it('have distinct Russian three-part names and their Latin transliterations', () => {
    const malformed = fair.speakers.filter(
      (speaker) =>
        !/^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$/.test(speaker.name.ru) ||
        !/^[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+$/.test(speaker.name.en),
    );
    expect(malformed.map((speaker) => speaker.id)).toEqual([]);
    expect(new Set(fair.speakers.map((speaker) => speaker.name.ru)).size).toBe(
      fair.speakers.length,
    );
  });
});

describe('University programs', () => {
  it('cover every competency at least four times, with one to three distinct tags each', () => {
    const thin = fair.competencies.filter(
      (competency) =>
        fair.programs.filter((program) => program.competencyCodes.includes(competency.code))
          .length < 4,
    );
    expect(thin.map((competency) => competency.code)).toEqual([]);
    const badTags = fair.programs.filter(
      (program) =>
        program.competencyCodes.length > 3 ||
        new Set(program.competencyCodes).size !== program.competencyCodes.length,
    );
    expect(badTags.map((program) => program.id)).toEqual([]);
    expect(new Set(fair.programs.map((program) => program.title.ru)).size).toBe(
      fair.programs.length,
    );
  });
});

describe('webinars', () => {
  const continuation = fair.events.filter((event) => event.phase === 'continuation');
  const topicsOf = new Map(fair.exhibitors.map((e) => [e.id, e.topicCodes]));
  const end = (startsAt: string, minutes: number) => Date.parse(startsAt) + minutes * 60_000;

  it('are a handful of both formats, on distinct stands, with distinct titles', () => {
    expect(fair.webinars.length).toBeGreaterThanOrEqual(10);
    expect(new Set(fair.webinars.map((webinar) => webinar.format))).toEqual(
      new Set(['webinar', 'masterClass']),
    );
    expect(new Set(fair.webinars.map((webinar) => webinar.exhibitorId)).size).toBe(
      fair.webinars.length,
    );
    expect(new Set(fair.webinars.map((webinar) => webinar.title.ru)).size).toBe(
      fair.webinars.length,
    );
    expect(new Set(fair.webinars.map((webinar) => webinar.language))).toEqual(
      new Set(['ru', 'en']),
    );
  });

  it('fill the continuation days, each during or just after a broadcast on its stand’s topics', () => {
    const alone = fair.webinars.filter((webinar) => {
      const day = webinar.startsAt.slice(0, 10);
      return (
        !webinar.startsAt.endsWith('+03:00') ||
        !continuation.some(
          (event) =>
            event.day === day &&
            (topicsOf.get(webinar.exhibitorId) ?? []).includes(event.clusterCode) &&
            Date.parse(event.startsAt) < Date.parse(webinar.startsAt) &&
            Date.parse(webinar.startsAt) <= Date.parse(event.endsAt) + 15 * 60_000,
        ) ||
        end(webinar.startsAt, webinar.durationMinutes) > Date.parse(`${day}T21:00:00+03:00`)
      );
    });
    expect(alone.map((webinar) => webinar.title.en)).toEqual([]);
    expect(new Set(fair.webinars.map((webinar) => webinar.startsAt.slice(0, 10))).size).toBe(
      new Set(continuation.map((event) => event.day)).size,
    );
  });
});
