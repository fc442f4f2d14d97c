/**
 * Loads the demo fair into an empty database in one transaction. A database that already has
 * halls is left alone, so a second `npm start` keeps whatever the organisers changed.
 */
import type { DemoFair } from '@salon/assets/seed';
import { count } from 'drizzle-orm';
import type { Database } from '../database.ts';
import * as t from '../schema/index.ts';
import {
  dictionaryRows,
  exhibitorRows,
  forumRows,
  universityRows,
  webinarRows,
} from './fairRows.ts';
import { insertInChunks as insert } from './insertInChunks.ts';
import { toLayoutRows } from './layoutRows.ts';
import { accountRows, standContentRows } from './seedStands.ts';

export async function isSeeded(db: Database): Promise<boolean> {
  const [row] = await db.select({ halls: count() }).from(t.halls);
  return (row?.halls ?? 0) > 0;
}

export async function seedDemoFair(db: Database, fair: DemoFair): Promise<{ seeded: boolean }> {
  if (await isSeeded(db)) return { seeded: false };
  const dictionaries = dictionaryRows(fair);
  const exhibitors = exhibitorRows(fair);
  const forum = forumRows(fair);
  const university = universityRows(fair);
  const stands = standContentRows(fair);
  const webinars = webinarRows(fair);
  const accounts = await accountRows(fair);
  await db.transaction(async (tx) => {
    await insert(tx, t.regions, dictionaries.regions);
    await insert(tx, t.topics, dictionaries.topics);
    await insert(tx, t.stages, dictionaries.stages);
    await insert(tx, t.competencies, dictionaries.competencies);
    await insert(tx, t.exhibitors, exhibitors.exhibitors);
    await insert(tx, t.exhibitorTopics, exhibitors.exhibitorTopics);
    await insert(tx, t.speakers, forum.speakers);
    await insert(tx, t.forumEvents, forum.events);
    await insert(tx, t.eventSpeakers, forum.eventSpeakers);
    await insert(tx, t.programs, university.programs);
    await insert(tx, t.programCompetencies, university.programCompetencies);
    await insert(tx, t.storedFiles, stands.files);
    await insert(tx, t.products, stands.products);
    await insert(tx, t.materials, stands.materials);
    await insert(tx, t.webinars, webinars);
    await insert(tx, t.users, accounts.users);
    await insert(tx, t.eventStaff, accounts.eventStaff);
    for (const [position, { hall, layout }] of fair.halls.entries()) {
      await tx.insert(t.halls).values({
        id: hall.id,
        ...{ nameRu: hall.name.ru, nameEn: hall.name.en },
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
      await insert(tx, t.stands, rows.stands);
      await insert(tx, t.alleys, rows.alleys);
      await insert(tx, t.screens, rows.screens);
      await insert(tx, t.spawnPoints, rows.spawnPoints);
    }
  });
  return { seeded: true };
}
