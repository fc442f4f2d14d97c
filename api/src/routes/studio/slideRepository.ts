/** Speakers' slide decks at an event: one PDF each, replaced by a new upload. */
import type { SlideDeck } from '@salon/shared';
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import * as t from '../../db/schema/index.ts';
import { speakerRefs } from '../forum/speakerRepository.ts';

type DeckRow = typeof t.slideDecks.$inferSelect;

async function toDecks(db: Database, rows: readonly DeckRow[]): Promise<SlideDeck[]> {
  const people = await speakerRefs(
    db,
    rows.map((row) => row.speakerId),
  );
  return rows.flatMap((row) => {
    const speaker = people.get(row.speakerId);
    return speaker
      ? [
          {
            speaker,
            fileId: row.fileId,
            url: `/api/files/${row.fileId}`,
            pageCount: row.pageCount,
            uploadedAt: row.uploadedAt.toISOString(),
          },
        ]
      : [];
  });
}

export async function listDecks(db: Database, eventId: string): Promise<SlideDeck[]> {
  const rows = await db
    .select()
    .from(t.slideDecks)
    .where(eq(t.slideDecks.eventId, eventId))
    .orderBy(asc(t.slideDecks.uploadedAt));
  return toDecks(db, rows);
}

export async function deckOf(
  db: Database,
  eventId: string,
  speakerId: string,
): Promise<SlideDeck | null> {
  const rows = await db
    .select()
    .from(t.slideDecks)
    .where(and(eq(t.slideDecks.eventId, eventId), eq(t.slideDecks.speakerId, speakerId)));
  const [deck] = await toDecks(db, rows);
  return deck ?? null;
}

/**
 * Stores a new deck as a file row and points the speaker's slot at it, in one transaction;
 * returns the storage key of the deck it replaced, for the caller to remove.
 */
export async function saveDeck(
  db: Database,
  deck: {
    eventId: string;
    speakerId: string;
    uploadedBy: string;
    pageCount: number;
    file: { storageKey: string; sizeBytes: number; originalName: string };
  },
): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [file] = await tx
      .insert(t.storedFiles)
      .values({
        purpose: 'slides',
        contentType: 'application/pdf',
        sizeBytes: deck.file.sizeBytes,
        storageKey: deck.file.storageKey,
        originalName: deck.file.originalName,
      })
      .returning({ id: t.storedFiles.id });
    if (!file) throw new Error('The database did not return the stored file');
    const [previous] = await tx
      .select({ fileId: t.slideDecks.fileId, storageKey: t.storedFiles.storageKey })
      .from(t.slideDecks)
      .innerJoin(t.storedFiles, eq(t.storedFiles.id, t.slideDecks.fileId))
      .where(
        and(eq(t.slideDecks.eventId, deck.eventId), eq(t.slideDecks.speakerId, deck.speakerId)),
      );
    const values = {
      fileId: file.id,
      pageCount: deck.pageCount,
      uploadedBy: deck.uploadedBy,
      uploadedAt: new Date(),
    };
    await tx
      .insert(t.slideDecks)
      .values({ eventId: deck.eventId, speakerId: deck.speakerId, ...values })
      .onConflictDoUpdate({ target: [t.slideDecks.eventId, t.slideDecks.speakerId], set: values });
    if (!previous) return null;
    await tx.delete(t.storedFiles).where(eq(t.storedFiles.id, previous.fileId));
    return previous.storageKey;
  });
}
