/**
 * The studio's state, changed one step at a time. Every change runs in a transaction on the
 * locked studio row, checks the status it may start from, bumps the version and, when someone
 * goes on or off air, logs it; a change that does not apply says why instead. A studio that
 * was never touched has no row and reads as scheduled with the default layout.
 */
import {
  chaptersOf,
  type Broadcast,
  type CueKind,
  type OnAirMode,
  type StudioLayout,
  type StudioState,
  type StudioStatus,
} from '@salon/shared';
import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import * as t from '../../db/schema/index.ts';
import { programRoom } from '../../live/forumGrants.ts';
import { speakerRefs } from '../forum/speakerRepository.ts';
import { deckOf } from './slideRepository.ts';

export type StudioRow = typeof t.studios.$inferSelect;
type StudioSet = Partial<Omit<typeof t.studios.$inferInsert, 'eventId' | 'version'>>;
type LogEntry = { speakerId: string | null; mode: OnAirMode | null };

function defaults(eventId: string): StudioRow {
  return {
    eventId,
    status: 'scheduled',
    layout: 'moderatorOnly',
    onAirSpeakerId: null,
    onAirMode: null,
    onAirSince: null,
    slideIndex: 0,
    cueSpeakerId: null,
    cueKind: null,
    cueText: null,
    cueAt: null,
    liveAt: null,
    endedAt: null,
    version: 0,
  };
}

export async function studioRow(db: Database, eventId: string): Promise<StudioRow> {
  const [row] = await db.select().from(t.studios).where(eq(t.studios.eventId, eventId));
  return row ?? defaults(eventId);
}

export function toBroadcast(row: StudioRow): Broadcast {
  return {
    eventId: row.eventId,
    status: row.status,
    liveAt: row.liveAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    programRoom: row.status === 'live' ? programRoom(row.eventId) : null,
  };
}

export async function onAirLogOf(db: Database, eventId: string) {
  return db
    .select()
    .from(t.onAirLog)
    .where(eq(t.onAirLog.eventId, eventId))
    .orderBy(asc(t.onAirLog.at), asc(t.onAirLog.id));
}

/**
 * The recording's chapters: who went on air when, in seconds since the recording started
 * (`startedAt`; without a recording, since the event went live).
 */
export async function chaptersFor(db: Database, row: StudioRow, startedAt: Date | null = null) {
  const log = await onAirLogOf(db, row.eventId);
  const people = await speakerRefs(
    db,
    log.flatMap((entry) => (entry.speakerId ? [entry.speakerId] : [])),
  );
  return chaptersOf(
    log.map((entry) => ({
      speaker: entry.speakerId ? (people.get(entry.speakerId) ?? null) : null,
      at: entry.at,
    })),
    row.liveAt,
    startedAt ?? row.liveAt,
  );
}

export async function getStudioState(db: Database, eventId: string): Promise<StudioState> {
  const row = await studioRow(db, eventId);
  const log = await onAirLogOf(db, eventId);
  const people = await speakerRefs(db, [
    ...(row.onAirSpeakerId ? [row.onAirSpeakerId] : []),
    ...(row.cueSpeakerId ? [row.cueSpeakerId] : []),
    ...log.flatMap((entry) => (entry.speakerId ? [entry.speakerId] : [])),
  ]);
  const onAirSpeaker = row.onAirSpeakerId ? people.get(row.onAirSpeakerId) : undefined;
  const cueSpeaker = row.cueSpeakerId ? people.get(row.cueSpeakerId) : undefined;
  const liveAt = row.liveAt;
  return {
    eventId,
    status: row.status,
    layout: row.layout,
    onAir:
      onAirSpeaker && row.onAirMode && row.onAirSince
        ? { speaker: onAirSpeaker, mode: row.onAirMode, since: row.onAirSince.toISOString() }
        : null,
    slideIndex: row.slideIndex,
    slides: row.onAirSpeakerId ? await deckOf(db, eventId, row.onAirSpeakerId) : null,
    cue:
      cueSpeaker && row.cueKind && row.cueAt
        ? {
            speaker: cueSpeaker,
            kind: row.cueKind,
            text: row.cueText,
            at: row.cueAt.toISOString(),
          }
        : null,
    liveAt: liveAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    onAirLog: log.map((entry) => ({
      speaker: entry.speakerId ? (people.get(entry.speakerId) ?? null) : null,
      mode: entry.mode,
      at: entry.at.toISOString(),
      atSeconds:
        liveAt && entry.at >= liveAt
          ? Math.round((entry.at.getTime() - liveAt.getTime()) / 100) / 10
          : null,
    })),
    version: row.version,
  };
}

export type ChangeOutcome =
  | { outcome: 'changed'; row: StudioRow }
  | { outcome: 'unchanged'; row: StudioRow }
  | { outcome: 'wrongStatus'; row: StudioRow };

/**
 * Applies `change` to the locked studio row if its status is one of `from`. `change` returns
 * the columns to set and the on-air log entry to write, or null when there is nothing to do.
 */
async function changeStudio(
  db: Database,
  eventId: string,
  from: readonly StudioStatus[],
  change: (row: StudioRow, now: Date) => { set: StudioSet; log?: LogEntry } | null,
): Promise<ChangeOutcome> {
  return db.transaction(async (tx) => {
    await tx.insert(t.studios).values({ eventId }).onConflictDoNothing();
    const [row] = await tx
      .select()
      .from(t.studios)
      .where(eq(t.studios.eventId, eventId))
      .for('update');
    if (!row) throw new Error(`The studio of ${eventId} could not be created`);
    if (!from.includes(row.status)) return { outcome: 'wrongStatus', row };
    const now = new Date();
    const planned = change(row, now);
    if (!planned) return { outcome: 'unchanged', row };
    const [updated] = await tx
      .update(t.studios)
      .set({ ...planned.set, version: sql`${t.studios.version} + 1` })
      .where(eq(t.studios.eventId, eventId))
      .returning();
    if (!updated) throw new Error(`The studio of ${eventId} disappeared`);
    if (planned.log) await tx.insert(t.onAirLog).values({ eventId, at: now, ...planned.log });
    return { outcome: 'changed', row: updated };
  });
}

const OPEN = ['scheduled', 'live'] as const;
const OFF_AIR = { onAirSpeakerId: null, onAirMode: null, onAirSince: null } as const;
const NO_CUE = { cueSpeakerId: null, cueKind: null, cueText: null, cueAt: null } as const;

export function goLive(db: Database, eventId: string): Promise<ChangeOutcome> {
  return changeStudio(db, eventId, ['scheduled'], (row, now) => ({
    set: { status: 'live', liveAt: now },
    // Whoever is on air when the event goes live opens the recording's first chapter.
    ...(row.onAirSpeakerId ? { log: { speakerId: row.onAirSpeakerId, mode: row.onAirMode } } : {}),
  }));
}

export function endBroadcast(db: Database, eventId: string): Promise<ChangeOutcome> {
  return changeStudio(db, eventId, ['live'], (row, now) => ({
    set: { ...OFF_AIR, ...NO_CUE, status: 'ended', endedAt: now },
    ...(row.onAirSpeakerId ? { log: { speakerId: null, mode: null } } : {}),
  }));
}

export function putOnAir(
  db: Database,
  eventId: string,
  speakerId: string,
  mode: OnAirMode,
): Promise<ChangeOutcome> {
  return changeStudio(db, eventId, OPEN, (row, now) => {
    if (row.onAirSpeakerId === speakerId && row.onAirMode === mode) return null;
    const sameSpeaker = row.onAirSpeakerId === speakerId;
    return {
      set: {
        onAirSpeakerId: speakerId,
        onAirMode: mode,
        onAirSince: sameSpeaker ? row.onAirSince : now,
        // A new speaker's slides start at the first page.
        slideIndex: sameSpeaker ? row.slideIndex : 0,
      },
      log: { speakerId, mode },
    };
  });
}

export function takeOffAir(db: Database, eventId: string): Promise<ChangeOutcome> {
  return changeStudio(db, eventId, OPEN, (row) =>
    row.onAirSpeakerId
      ? { set: { ...OFF_AIR, slideIndex: 0 }, log: { speakerId: null, mode: null } }
      : null,
  );
}

export function setLayout(
  db: Database,
  eventId: string,
  layout: StudioLayout,
): Promise<ChangeOutcome> {
  return changeStudio(db, eventId, OPEN, (row) =>
    row.layout === layout ? null : { set: { layout } },
  );
}

/** Sets the page of the on-air speaker's slides, if that speaker is still `speakerId`. */
export function setSlide(
  db: Database,
  eventId: string,
  speakerId: string,
  index: number,
): Promise<ChangeOutcome> {
  return changeStudio(db, eventId, OPEN, (row) =>
    row.onAirSpeakerId !== speakerId || row.slideIndex === index
      ? null
      : { set: { slideIndex: index } },
  );
}

export function sendCue(
  db: Database,
  eventId: string,
  cue: { speakerId: string; kind: CueKind; text: string | null },
): Promise<ChangeOutcome> {
  return changeStudio(db, eventId, OPEN, (_row, now) => ({
    set: { cueSpeakerId: cue.speakerId, cueKind: cue.kind, cueText: cue.text, cueAt: now },
  }));
}
