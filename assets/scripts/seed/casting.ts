/**
 * Who speaks at each event. Events are cast in chronological order; a person already on air in
 * an overlapping event is never picked, and the least used relevant people come first, so that
 * every speaker gets at least one event while the casting still fits each event's theme.
 */
import type { EventFormat } from '@salon/shared';
import type { TopicCode } from './dictionaries.ts';
import type { Random } from './random.ts';
import type { SeedSpeaker } from './speakers.ts';

export interface CastRequest {
  readonly startsAt: number;
  readonly endsAt: number;
  readonly cluster: TopicCode;
  readonly format: EventFormat;
  /** Set for a region's own case: its people speak first. */
  readonly regionCode: string | null;
}

export interface Cast {
  readonly moderatorId: string;
  readonly speakerIds: string[];
}

/** How much a person off the event's theme weighs against one extra appearance. */
const OFF_TOPIC_PENALTY = 0.6;
const OTHER_REGION_PENALTY = 2;
const JITTER = 0.3;

function panelSize(random: Random, format: EventFormat): number {
  if (format === 'panel') return random.int(3, 4);
  if (format === 'regionalCase') return random.int(2, 3);
  return 2;
}

export function createCaster(
  speakers: readonly SeedSpeaker[],
  random: Random,
): {
  cast(request: CastRequest): Cast;
  unused(): string[];
} {
  const busy = new Map<string, Array<readonly [number, number]>>();
  const uses = new Map<string, number>();
  const isFree = (id: string, startsAt: number, endsAt: number): boolean =>
    (busy.get(id) ?? []).every(([start, end]) => end <= startsAt || endsAt <= start);
  const book = (id: string, startsAt: number, endsAt: number): void => {
    busy.set(id, [...(busy.get(id) ?? []), [startsAt, endsAt]]);
    uses.set(id, (uses.get(id) ?? 0) + 1);
  };
  const best = (
    candidates: readonly SeedSpeaker[],
    penalty: (candidate: SeedSpeaker) => number,
    count: number,
  ): string[] => {
    const scored = candidates.map((candidate) => ({
      id: candidate.speaker.id,
      score: (uses.get(candidate.speaker.id) ?? 0) + penalty(candidate) + random.next() * JITTER,
    }));
    scored.sort((a, b) => a.score - b.score);
    if (scored.length < count) throw new Error('Not enough free speakers for an event');
    return scored.slice(0, count).map((entry) => entry.id);
  };

  return {
    cast({ startsAt, endsAt, cluster, format, regionCode }) {
      const free = speakers.filter(({ speaker }) => isFree(speaker.id, startsAt, endsAt));
      const [moderatorId] = best(
        free.filter((candidate) => candidate.moderator),
        () => 0,
        1,
      );
      const speakerIds = best(
        free.filter((candidate) => !candidate.moderator),
        (candidate) =>
          regionCode
            ? candidate.speaker.regionCode === regionCode
              ? 0
              : OTHER_REGION_PENALTY
            : candidate.topics.includes(cluster)
              ? 0
              : OFF_TOPIC_PENALTY,
        panelSize(random, format),
      );
      if (!moderatorId) throw new Error('No free moderator for an event');
      for (const id of [moderatorId, ...speakerIds]) book(id, startsAt, endsAt);
      return { moderatorId, speakerIds };
    },
    unused() {
      return speakers.map(({ speaker }) => speaker.id).filter((id) => !uses.has(id));
    },
  };
}
