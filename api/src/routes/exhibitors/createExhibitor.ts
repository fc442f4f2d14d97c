/**
 * An organiser's new exhibitor: the card, its topics, the stand's first products and links, and
 * the first staff member's invitation, all in one transaction, so a refusal half-way leaves no
 * exhibitor without staff and no invitation to an exhibitor that is not there. A name another
 * exhibitor has is refused by the names' unique indexes inside that transaction, not by a look
 * beforehand, which two requests at once would both pass.
 */
import { randomUUID } from 'node:crypto';
import type { ExhibitorCreateSchema, Invitation } from '@salon/shared';
import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { productRows } from '../../db/productRows.ts';
import * as t from '../../db/schema/index.ts';
import { searchTextOf } from '../../db/searchText.ts';
import { HttpProblem } from '../../plugins/problems.ts';
import { findUserByEmail } from '../sessions/userRepository.ts';
import { createInvitation } from '../invitations/invitationRepository.ts';
import { orNameTaken } from './exhibitorNameTaken.ts';

type NewExhibitor = z.infer<typeof ExhibitorCreateSchema>;

function invalid(title: string, detail: string): HttpProblem {
  return new HttpProblem(400, 'invalid-request', title, detail);
}

/** The dictionaries' codes are checked here so an unknown one is a 400, not a foreign-key 500. */
async function checkCodes(db: Database, input: NewExhibitor): Promise<void> {
  const [region] = await db
    .select({ code: t.regions.code })
    .from(t.regions)
    .where(eq(t.regions.code, input.regionCode));
  if (!region) {
    throw invalid(
      'Unknown region',
      `There is no region with code "${input.regionCode}". Choose one from /api/regions.`,
    );
  }
  const known = new Set(
    (
      await db
        .select({ code: t.topics.code })
        .from(t.topics)
        .where(inArray(t.topics.code, input.topicCodes))
    ).map((row) => row.code),
  );
  const unknown = input.topicCodes.filter((code) => !known.has(code));
  if (unknown.length > 0) {
    throw invalid(
      'Unknown topic',
      `There is no topic with code "${unknown.join('", "')}". Choose from /api/topics.`,
    );
  }
}

/** The staff email must be new; the name's uniqueness is the database's to keep (see below). */
async function checkStaffEmail(db: Database, input: NewExhibitor): Promise<void> {
  if (await findUserByEmail(db, input.staffEmail)) {
    throw new HttpProblem(
      409,
      'email-taken',
      'Email already registered',
      `An account with the email ${input.staffEmail} exists already, so it cannot be invited as new staff. Invite another address.`,
    );
  }
}

export async function createExhibitor(
  db: Database,
  input: NewExhibitor,
  createdBy: string,
): Promise<{ exhibitorId: string; invitation: Invitation }> {
  await checkCodes(db, input);
  await checkStaffEmail(db, input);
  const exhibitorId = randomUUID();
  const written = db.transaction(async (tx) => {
    await tx.insert(t.exhibitors).values({
      id: exhibitorId,
      kind: input.kind,
      nameRu: input.name.ru,
      nameEn: input.name.en,
      descriptionRu: input.description.ru,
      descriptionEn: input.description.en,
      regionCode: input.regionCode,
      website: input.contacts.website,
      email: input.contacts.email,
      phone: input.contacts.phone,
      colorPrimary: input.colors.primary,
      colorAccent: input.colors.accent,
      searchText: searchTextOf(
        input.name.ru,
        input.name.en,
        input.description.ru,
        input.description.en,
      ),
    });
    await tx
      .insert(t.exhibitorTopics)
      .values(
        input.topicCodes.map((topicCode, position) => ({ exhibitorId, topicCode, position })),
      );
    if (input.products.length > 0) {
      await tx.insert(t.products).values(productRows(exhibitorId, input.products));
    }
    if (input.links.length > 0) {
      await tx.insert(t.materials).values(
        input.links.map((link, position) => ({
          exhibitorId,
          kind: 'link' as const,
          titleRu: link.title.ru,
          titleEn: link.title.en,
          url: link.url,
          position,
        })),
      );
    }
    return createInvitation(tx, { exhibitorId, email: input.staffEmail, createdBy });
  });
  const invitation = await orNameTaken(written);
  return { exhibitorId, invitation };
}
