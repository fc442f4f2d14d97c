/**
 * What a forum screen's card says (the canvas atlas of ForumScreenCards.ts draws it): the event
 * on air at its stage, or, when nothing is live there, the stage's name and its next event.
 * Pure, so the choice and the texts are tested without a canvas; `key` tells the cards whether a
 * slot must be drawn again.
 */
import type { EventSummary, Locale, LocalizedText, StageLive } from '@salon/shared';

/** The fair's clock: the schedule states times in Moscow time. */
export const FAIR_TIME_ZONE = 'Europe/Moscow';

export type ForumScreenLook =
  | { readonly kind: 'live'; readonly stage: string; readonly title: string }
  | {
      readonly kind: 'idle';
      readonly stage: string;
      /** "Next: 26 Apr, 10:00 (Moscow)" and the title, or null when nothing is ahead. */
      readonly next: { readonly when: string; readonly title: string } | null;
    };

export interface LookLabels {
  readonly live: string;
  /** With `{{when}}`: "Next · {{when}} Moscow time". */
  readonly next: (when: string) => string;
  readonly nothingNext: string;
  readonly forum: string;
}

/** The first event of a stage's schedule that has not ended at `now`, in start order. */
export function nextEventOf(
  events: readonly EventSummary[],
  now: number,
  liveEventId: string | null = null,
): EventSummary | null {
  const ahead = events
    .filter((event) => Date.parse(event.endsAt) > now && event.id !== liveEventId)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return ahead[0] ?? null;
}

export function formatWhen(startsAt: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: FAIR_TIME_ZONE,
  }).format(new Date(startsAt));
}

export function screenLook(
  stageName: LocalizedText | null,
  live: StageLive | null,
  next: EventSummary | null,
  locale: Locale,
  labels: LookLabels,
): ForumScreenLook {
  const stage = stageName?.[locale] ?? labels.forum;
  if (live && live.broadcast.status === 'live') {
    return { kind: 'live', stage, title: live.event.title[locale] };
  }
  return {
    kind: 'idle',
    stage,
    next: next
      ? { when: labels.next(formatWhen(next.startsAt, locale)), title: next.title[locale] }
      : null,
  };
}

/** Equal keys draw the same card. */
export function lookKey(look: ForumScreenLook, liveLabel: string, nothingNext: string): string {
  return look.kind === 'live'
    ? JSON.stringify(['live', look.stage, look.title, liveLabel])
    : JSON.stringify(['idle', look.stage, look.next?.when, look.next?.title, nothingNext]);
}
