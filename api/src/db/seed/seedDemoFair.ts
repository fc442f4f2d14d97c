/**
 * Loads the demo fair into an empty database in one transaction. A database that already has
 * halls is left alone, so a second `npm start` keeps whatever the organisers changed.
 */
import type { DemoFair } from '@salon/assets/seed';
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../database.ts';
import * as t from '../schema/index.ts';
import { searchTextOf } from '../searchText.ts';
import { toLayoutRows } from './layoutRows.ts';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

const CHUNK_ROWS = 500;

async function insertAll<Table extends PgTable>(
  tx: Transaction,
  table: Table,
  rows: ReadonlyArray<Table['$inferInsert']>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    await tx.insert(table).values(rows.slice(start, start + CHUNK_ROWS));
  }
}

export async function isSeeded(db: Database): Promise<boolean> {
  const [row] = await db.select({ halls: count() }).from(t.halls);
  return (row?.halls ?? 0) > 0;
}

export async function seedDemoFair(db: Database, fair: DemoFair): Promise<{ seeded: boolean }> {
  if (await isSeeded(db)) return { seeded: false };
  await db.transaction(async (tx) => {
    await insertAll(
      tx,
      t.regions,
      fair.regions.map((region) => ({
        code: region.code,
        nameRu: region.name.ru,
        nameEn: region.name.en,
      })),
    );
    await insertAll(
      tx,
      t.topics,
      fair.topics.map((topic, position) => ({
        code: topic.code,
        nameRu: topic.name.ru,
        nameEn: topic.name.en,
        position,
      })),
    );
    await insertAll(
      tx,
      t.exhibitors,
      fair.exhibitors.map((exhibitor) => ({
        id: exhibitor.id,
        kind: exhibitor.kind,
        nameRu: exhibitor.name.ru,
        nameEn: exhibitor.name.en,
        descriptionRu: exhibitor.description.ru,
        descriptionEn: exhibitor.description.en,
        regionCode: exhibitor.regionCode,
        website: exhibitor.contacts.website,
        email: exhibitor.contacts.email,
        phone: exhibitor.contacts.phone,
        colorPrimary: exhibitor.colors.primary,
        colorAccent: exhibitor.colors.accent,
        searchText: searchTextOf(
          exhibitor.name.ru,
          exhibitor.name.en,
          exhibitor.description.ru,
          exhibitor.description.en,
        ),
      })),
    );
    await insertAll(
      tx,
      t.exhibitorTopics,
      fair.exhibitors.flatMap((exhibitor) =>
        exhibitor.topicCodes.map((topicCode, position) => ({
          exhibitorId: exhibitor.id,
          topicCode,
          position,
        })),
      ),
    );
    await insertAll(
      tx,
      t.stages,
      fair.stages.map((stage, position) => ({
        id: stage.id,
        nameRu: stage.name.ru,
        nameEn: stage.name.en,
        position,
      })),
    );
    await insertAll(
      tx,
      t.speakers,
      fair.speakers.map((speaker) => ({
        id: speaker.id,
        nameRu: speaker.name.ru,
        nameEn: speaker.name.en,
        positionRu: speaker.position.ru,
        positionEn: speaker.position.en,
        organisationRu: speaker.organisation.ru,
        organisationEn: speaker.organisation.en,
        regionCode: speaker.regionCode,
        searchText: searchTextOf(
          speaker.name.ru,
          speaker.name.en,
          speaker.organisation.ru,
          speaker.organisation.en,
        ),
      })),
    );
    await insertAll(
      tx,
      t.forumEvents,
      fair.events.map((event) => ({
        id: event.id,
        phase: event.phase,
        day: event.day,
        clusterCode: event.clusterCode,
        stageId: event.stageId,
        format: event.format,
        startsAt: new Date(event.startsAt),
        endsAt: new Date(event.endsAt),
        titleRu: event.title.ru,
        titleEn: event.title.en,
        descriptionRu: event.description.ru,
        descriptionEn: event.description.en,
        moderatorId: event.moderatorId,
        searchText: searchTextOf(
          event.title.ru,
          event.title.en,
          event.description.ru,
          event.description.en,
        ),
      })),
    );
    await insertAll(
      tx,
      t.eventSpeakers,
      fair.events.flatMap((event) =>
        event.speakerIds.map((speakerId, position) => ({ eventId: event.id, speakerId, position })),
      ),
    );
    await insertAll(
      tx,
      t.competencies,
      fair.competencies.map((competency, position) => ({
        code: competency.code,
        nameRu: competency.name.ru,
        nameEn: competency.name.en,
        position,
      })),
    );
    await insertAll(
      tx,
      t.programs,
      fair.programs.map((program) => ({
        id: program.id,
        titleRu: program.title.ru,
        titleEn: program.title.en,
        descriptionRu: program.description.ru,
        descriptionEn: program.description.en,
        hours: program.hours,
        format: program.format,
        providerRu: program.provider.ru,
        providerEn: program.provider.en,
        searchText: searchTextOf(
          program.title.ru,
          program.title.en,
          program.description.ru,
          program.description.en,
          program.provider.ru,
          program.provider.en,
        ),
      })),
    );
    await insertAll(
      tx,
      t.programCompetencies,
      fair.programs.flatMap((program) =>
        program.competencyCodes.map((competencyCode, position) => ({
          programId: program.id,
          competencyCode,
          position,
        })),
      ),
    );
    for (const [position, { hall, layout }] of fair.halls.entries()) {
      await tx.insert(t.halls).values({
        id: hall.id,
        nameRu: hall.name.ru,
        nameEn: hall.name.en,
        floorWidth: hall.floor.width,
        floorDepth: hall.floor.depth,
        position,
      });
      const [version] = await tx
        .insert(t.layoutVersions)
        .values({ hallId: hall.id, version: 1, status: 'published', publishedAt: new Date() })
        .returning({ id: t.layoutVersions.id });
      if (!version) throw new Error(`Could not create the layout version of hall ${hall.id}`);
      const rows = toLayoutRows(version.id, layout);
      await insertAll(tx, t.stands, rows.stands);
      await insertAll(tx, t.alleys, rows.alleys);
      await insertAll(tx, t.screens, rows.screens);
      await insertAll(tx, t.spawnPoints, rows.spawnPoints);
    }
  });
  return { seeded: true };
}
