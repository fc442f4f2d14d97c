/**
 * Ratings of an event: one per viewer (a second replaces the first), and their summary. The
 * summaries leave out ratings by the event's own staff, whatever the table holds (see
 * `byOutsider`).
 */
import {
  ASSIGNED_EVENT_ROLES,
  AssignedEventRoleSchema,
  FEEDBACK_RATINGS,
  ROLES,
  can,
  type EventFeedbackSummary,
  type Feedback,
  type FeedbackOverviewQuery,
  type FeedbackInput,
  type FeedbackResults,
  type Page,
  type PaginationQuery,
} from '@salon/shared';
import {
  and,
  asc,
  avg,
  count,
  desc,
  eq,
  inArray,
  isNotNull,
  like,
  max,
  notExists,
  or,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/database.ts';
import { pageOffset } from '../../db/localized.ts';
import * as t from '../../db/schema/index.ts';
import { containsPattern } from '../../db/searchText.ts';
import { summarise } from '../forum/eventRepository.ts';

type FeedbackRow = typeof t.eventFeedback.$inferSelect;

function toFeedback(row: FeedbackRow): Feedback {
  return {
    eventId: row.eventId,
    rating: row.rating,
    comment: row.comment,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const rater = alias(t.users, 'rater');

/** An assignment makes its holder staff only while their fair role still allows it. */
const ASSIGNMENT_HOLDS = or(
  ...AssignedEventRoleSchema.options.map((role) =>
    and(
      eq(t.eventStaff.role, role),
      inArray(
        rater.role,
        ROLES.filter((fairRole) => can(fairRole, ASSIGNED_EVENT_ROLES[role])),
      ),
    ),
  ),
);

/**
 * True for a rating by someone who is not on the event's staff, decided as `eventRolesOf`
 * decides for the route that refuses staff: the moderator and speakers through the rater's
 * speaker profile, the producer and chat expert through an assignment. The route's refusal came
 * after some staff had rated; this keeps those ratings (and any written to the table another
 * way) out of the results. Correlated on the `event_feedback` row, so that it filters inside the
 * query that counts, whatever it groups by.
 */
function byOutsider(db: Database) {
  const { eventId, userId } = t.eventFeedback;
  const asModerator = db
    .select({ id: rater.id })
    .from(rater)
    .innerJoin(t.forumEvents, eq(t.forumEvents.moderatorId, rater.speakerId))
    .where(and(eq(rater.id, userId), eq(t.forumEvents.id, eventId)));
  const asSpeaker = db
    .select({ id: rater.id })
    .from(rater)
    .innerJoin(t.eventSpeakers, eq(t.eventSpeakers.speakerId, rater.speakerId))
    .where(and(eq(rater.id, userId), eq(t.eventSpeakers.eventId, eventId)));
  const asAssigned = db
    .select({ id: rater.id })
    .from(rater)
    .innerJoin(t.eventStaff, eq(t.eventStaff.userId, rater.id))
    .where(and(eq(rater.id, userId), eq(t.eventStaff.eventId, eventId), ASSIGNMENT_HOLDS));
  return and(notExists(asModerator), notExists(asSpeaker), notExists(asAssigned));
}

export async function saveFeedback(
  db: Database,
  eventId: string,
  userId: string,
  input: FeedbackInput,
): Promise<Feedback> {
  const now = new Date();
  const [row] = await db
    .insert(t.eventFeedback)
    .values({ eventId, userId, ...input, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [t.eventFeedback.eventId, t.eventFeedback.userId],
      set: { rating: input.rating, comment: input.comment, updatedAt: now },
    })
    .returning();
  if (!row) throw new Error('The database did not return the feedback');
  return toFeedback(row);
}

export async function myFeedback(
  db: Database,
  eventId: string,
  userId: string,
): Promise<Feedback | null> {
  const [row] = await db
    .select()
    .from(t.eventFeedback)
    .where(and(eq(t.eventFeedback.eventId, eventId), eq(t.eventFeedback.userId, userId)));
  return row ? toFeedback(row) : null;
}

export async function feedbackResults(
  db: Database,
  eventId: string,
  page: PaginationQuery,
): Promise<FeedbackResults> {
  const byRating = await db
    .select({ rating: t.eventFeedback.rating, count: count() })
    .from(t.eventFeedback)
    .where(and(eq(t.eventFeedback.eventId, eventId), byOutsider(db)))
    .groupBy(t.eventFeedback.rating);
  const distribution = FEEDBACK_RATINGS.map((rating) => ({
    rating,
    count: byRating.find((row) => row.rating === rating)?.count ?? 0,
  }));
  const total = distribution.reduce((sum, row) => sum + row.count, 0);
  const sum = distribution.reduce((acc, row) => acc + row.rating * row.count, 0);
  const withComment = and(
    eq(t.eventFeedback.eventId, eventId),
    isNotNull(t.eventFeedback.comment),
    byOutsider(db),
  );
  const comments = await db
    .select({ feedback: t.eventFeedback, authorName: t.users.displayName })
    .from(t.eventFeedback)
    .innerJoin(t.users, eq(t.users.id, t.eventFeedback.userId))
    .where(withComment)
    .orderBy(desc(t.eventFeedback.updatedAt), desc(t.eventFeedback.userId))
    .limit(page.pageSize)
    .offset(pageOffset(page.page, page.pageSize));
  const [commented] = await db.select({ total: count() }).from(t.eventFeedback).where(withComment);
  return {
    eventId,
    count: total,
    average: total > 0 ? Math.round((sum / total) * 100) / 100 : null,
    distribution,
    comments: {
      items: comments.map(({ feedback, authorName }) => ({
        rating: feedback.rating,
        comment: feedback.comment ?? '',
        authorName,
        updatedAt: feedback.updatedAt.toISOString(),
      })),
      page: page.page,
      pageSize: page.pageSize,
      total: commented?.total ?? 0,
    },
  };
}

/**
 * The rated events, most recently rated first, a page at a time (ratings by an event's own staff
 * left out, so an event that only they rated is not listed): one aggregate query joined to the
 * events, their count, and the speakers of the whole page in two more (summarise).
 */
export async function feedbackOverview(
  db: Database,
  query: FeedbackOverviewQuery,
): Promise<Page<EventFeedbackSummary>> {
  const stats = db
    .select({
      eventId: t.eventFeedback.eventId,
      count: count().as('count'),
      average: avg(t.eventFeedback.rating).as('average'),
      commentCount: count(t.eventFeedback.comment).as('comment_count'),
      latest: max(t.eventFeedback.updatedAt).as('latest'),
    })
    .from(t.eventFeedback)
    .where(byOutsider(db))
    .groupBy(t.eventFeedback.eventId)
    .as('stats');
  const where = query.q ? like(t.forumEvents.searchText, containsPattern(query.q)) : undefined;
  const rows = await db
    .select({
      event: t.forumEvents,
      count: stats.count,
      average: stats.average,
      commentCount: stats.commentCount,
    })
    .from(t.forumEvents)
    .innerJoin(stats, eq(stats.eventId, t.forumEvents.id))
    .where(where)
    .orderBy(desc(stats.latest), asc(t.forumEvents.id))
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  const [totals] = await db
    .select({ total: count() })
    .from(t.forumEvents)
    .innerJoin(stats, eq(stats.eventId, t.forumEvents.id))
    .where(where);
  const events = await summarise(
    db,
    rows.map((row) => row.event),
  );
  return {
    items: rows.map((row, index) => {
      const event = events[index];
      if (!event) throw new Error(`No summary for event ${row.event.id}`);
      return {
        event,
        count: row.count,
        average: Math.round(Number(row.average) * 100) / 100,
        commentCount: row.commentCount,
      };
    }),
    page: query.page,
    pageSize: query.pageSize,
    total: totals?.total ?? 0,
  };
}
