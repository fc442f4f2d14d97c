/** Leads: what visitors chose to share with an exhibitor, one per visitor and stand. */
import type { Lead, LeaveContacts, Page } from '@salon/shared';
import { count, desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { pageOffset } from '../../db/localized.ts';
import * as t from '../../db/schema/index.ts';

type LeadRow = typeof t.leads.$inferSelect;

function toLead(row: LeadRow): Lead {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    name: row.name,
    email: row.email,
    organisation: row.organisation,
    note: row.note,
  };
}

/** Stores exactly the fields the visitor shared; leaving contacts again replaces the earlier lead. */
export async function leaveContacts(
  db: Database,
  exhibitorId: string,
  visitorId: string,
  contacts: LeaveContacts,
): Promise<Lead> {
  const shared = {
    name: contacts.name ?? null,
    email: contacts.email ?? null,
    organisation: contacts.organisation ?? null,
    note: contacts.note ?? null,
    consentedAt: new Date(),
  };
  const [row] = await db
    .insert(t.leads)
    .values({ exhibitorId, visitorId, ...shared })
    .onConflictDoUpdate({
      target: [t.leads.exhibitorId, t.leads.visitorId],
      set: { ...shared, createdAt: new Date() },
    })
    .returning();
  if (!row) throw new Error('The database did not return the lead');
  return toLead(row);
}

export async function listLeads(
  db: Database,
  exhibitorId: string,
  page: { page: number; pageSize: number },
): Promise<Page<Lead>> {
  const rows = await db
    .select()
    .from(t.leads)
    .where(eq(t.leads.exhibitorId, exhibitorId))
    .orderBy(desc(t.leads.createdAt), desc(t.leads.id))
    .limit(page.pageSize)
    .offset(pageOffset(page.page, page.pageSize));
  const [totals] = await db
    .select({ total: count() })
    .from(t.leads)
    .where(eq(t.leads.exhibitorId, exhibitorId));
  return { items: rows.map(toLead), ...page, total: totals?.total ?? 0 };
}

/** Every lead of a stand, newest first, in batches: the export never holds them all at once. */
export async function* allLeads(db: Database, exhibitorId: string): AsyncGenerator<Lead> {
  const pageSize = 500;
  for (let page = 1; ; page += 1) {
    const { items } = await listLeads(db, exhibitorId, { page, pageSize });
    yield* items;
    if (items.length < pageSize) return;
  }
}
