/**
 * Ratings after an event: refused before it is over (scheduled or live) and to its own staff (who
 * may rate other events), one per viewer (guests too) and replaceable, summarised for organisers with the distribution and the comments a page
 * at a time; bad ratings and oversize bodies refused without touching what was rated, and
 * comments that look like markup or SQL kept as the plain text they were written as. Ratings
 * that the event's staff left before they were refused stay out of the results.
 */
import {
  EventDetailSchema,
  FeedbackOverviewSchema,
  FeedbackResultsSchema,
  FeedbackSchema,
  ProblemSchema,
  type Session,
} from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema/index.ts';
import { actor, auth } from '../../../test/actors.ts';
import { forumActors, type ForumActors } from '../../../test/forumActors.ts';
import { guestSession } from '../../../test/sessionsForTests.ts';
import { expectStatus } from '../../../test/expectStatus.ts';
import { HOSTILE_STRINGS, useTestApp } from '../../../test/testApp.ts';

const app = useTestApp({ livekit: null });
const EVENT = 'ev060';
let people: ForumActors;

function rate(payload: unknown, as: Session | null) {
  return app().inject({
    method: 'PUT',
    url: `/api/events/${EVENT}/feedback`,
    headers: as ? auth(as) : {},
    payload: payload as object,
  });
}

function mine(as: Session) {
  return app().inject({ url: `/api/events/${EVENT}/feedback/mine`, headers: auth(as) });
}

async function results(query = '', as: Session = people.organiser) {
  const response = await app().inject({
    url: `/api/events/${EVENT}/feedback${query}`,
    headers: auth(as),
  });
  expectStatus(response, 200);
  return FeedbackResultsSchema.parse(response.json());
}

beforeAll(async () => {
  people = await forumActors(app(), EVENT);
});

describe('feedback', () => {
  it('is refused while the event has not happened yet, and while it is live', async () => {
    for (const [action, as] of [
      ['live', people.viewer],
      ['end', people.guest],
    ] as const) {
      const response = await rate({ rating: 5 }, as);
      expect(response.statusCode).toBe(409);
      expect(ProblemSchema.parse(response.json()).detail).toContain('ended');
      const changed = await app().inject({
        method: 'POST',
        url: `/api/events/${EVENT}/studio/${action}`,
        headers: auth(people.producer),
      });
      expect(changed.statusCode).toBe(200);
    }
    expect((await mine(people.viewer)).statusCode).toBe(404);
  });

  it('takes one rating per viewer, which a second rating replaces', async () => {
    const first = await rate({ rating: 4, comment: 'Полезно, но коротко' }, people.viewer);
    expect(FeedbackSchema.parse(first.json())).toMatchObject({
      rating: 4,
      comment: 'Полезно, но коротко',
    });
    const second = FeedbackSchema.parse(
      (await rate({ rating: 5, comment: 'Передумал: отлично' }, people.viewer)).json(),
    );
    expect(second.rating).toBe(5);
    expect((await rate({ rating: 2, comment: '   ' }, people.guest)).statusCode).toBe(200);
    const guests = await mine(people.guest);
    expect(FeedbackSchema.parse(guests.json())).toMatchObject({ rating: 2, comment: null });

    const summary = await results();
    expect(summary).toMatchObject({ count: 2, average: 3.5 });
    expect(summary.distribution).toEqual([
      { rating: 1, count: 0 },
      { rating: 2, count: 1 },
      { rating: 3, count: 0 },
      { rating: 4, count: 0 },
      { rating: 5, count: 1 },
    ]);
    expect(summary.comments.items).toEqual([
      expect.objectContaining({ rating: 5, comment: 'Передумал: отлично' }),
    ]);
  });

  it("is refused to the event's own staff in plain words, leaving its ratings as they were", async () => {
    const before = await results();
    for (const key of ['producer', 'moderator', 'speaker', 'chatExpert'] as const) {
      const response = await rate({ rating: 5, comment: 'Мы молодцы' }, people[key]);
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(ProblemSchema.parse(response.json()).detail).toBe(
        'You work on this event, so you cannot rate it.',
      );
      expect((await mine(people[key])).statusCode).toBe(404);
    }
    expect(await results()).toEqual(before);
  });

  it('pages the comments, newest first', async () => {
    for (const index of [1, 2, 3]) {
      const guest = await guestSession(app(), `Гость ${String(index)}`);
      expect((await rate({ rating: 3, comment: `отзыв ${String(index)}` }, guest)).statusCode).toBe(
        200,
      );
    }
    const first = await results('?pageSize=2');
    expect(first.comments.total).toBe(4);
    expect(first.comments.items.map((item) => item.comment)).toEqual(['отзыв 3', 'отзыв 2']);
    const last = await results('?pageSize=2&page=2');
    expect(last.comments.items.map((item) => item.comment)).toEqual([
      'отзыв 1',
      'Передумал: отлично',
    ]);
  });

  it.each([
    ['a rating of 0', { rating: 0 }],
    ['a rating of 6', { rating: 6 }],
    ['half a star', { rating: 4.5 }],
    ['a rating in words', { rating: 'five' }],
    ['no rating', { comment: 'Без оценки' }],
    ['a comment with a NUL', { rating: 3, comment: 'a\u0000b' }],
    ['a comment over 2000 characters', { rating: 3, comment: 'я'.repeat(2001) }],
  ])('refuses %s with 400, keeping the earlier rating', async (_case, payload) => {
    const response = await rate(payload, people.viewer);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(FeedbackSchema.parse((await mine(people.viewer)).json())).toMatchObject({
      rating: 5,
      comment: 'Передумал: отлично',
    });
  });

  it('is refused without a session, and its results to everyone but organisers', async () => {
    expect((await rate({ rating: 3 }, null)).statusCode).toBe(401);
    for (const session of [people.viewer, people.producer, people.chatExpert]) {
      const response = await app().inject({
        url: `/api/events/${EVENT}/feedback`,
        headers: auth(session),
      });
      expect(response.statusCode).toBe(403);
    }
  });

  it('lists the rated events for organisers, with count and average, in one page', async () => {
    const response = await app().inject({
      url: '/api/feedback?pageSize=5',
      headers: auth(people.organiser),
    });
    expectStatus(response, 200);
    const overview = FeedbackOverviewSchema.parse(response.json());
    expect(overview.total).toBe(1);
    expect(overview.items).toEqual([
      expect.objectContaining({ count: 5, average: 3.2, commentCount: 4 }),
    ]);
    expect(overview.items[0]?.event).toMatchObject({ id: EVENT });
    expect(overview.items[0]?.event.speakers.length).toBeGreaterThan(0);
  });

  it('finds rated events by title, and nothing for strings that look like code', async () => {
    const title = overviewTitle();
    const found = await app().inject({
      url: `/api/feedback?q=${encodeURIComponent(await title)}`,
      headers: auth(people.organiser),
    });
    expect(FeedbackOverviewSchema.parse(found.json()).total).toBe(1);
    for (const hostile of HOSTILE_STRINGS) {
      const response = await app().inject({
        url: `/api/feedback?q=${encodeURIComponent(hostile)}`,
        headers: auth(people.organiser),
      });
      expectStatus(response, 200);
      expect(FeedbackOverviewSchema.parse(response.json()).total).toBe(0);
    }
  });

  it('refuses the overview to everyone but organisers, and pages over the limit', async () => {
    expect((await app().inject({ url: '/api/feedback' })).statusCode).toBe(401);
    for (const session of [people.viewer, people.guest, people.producer, people.chatExpert]) {
      const response = await app().inject({ url: '/api/feedback', headers: auth(session) });
      expect(response.statusCode).toBe(403);
    }
    const tooBig = await app().inject({
      url: '/api/feedback?pageSize=100000',
      headers: auth(people.organiser),
    });
    expect(tooBig.statusCode).toBe(400);
  });
});

describe('feedback given badly', () => {
  const OTHER = 'ev061';
  let other: ForumActors;
  const rateOther = (payload: unknown, as: Session) =>
    app().inject({
      method: 'PUT',
      url: `/api/events/${OTHER}/feedback`,
      headers: auth(as),
      payload: payload as object,
    });

  /** A new guest who has rated the event 4, "Хорошо". */
  async function rater(): Promise<Session> {
    const guest = await guestSession(app());
    expectStatus(await rateOther({ rating: 4, comment: 'Хорошо' }, guest), 200);
    return guest;
  }

  async function expectUnchanged(as: Session): Promise<void> {
    const response = await app().inject({
      url: `/api/events/${OTHER}/feedback/mine`,
      headers: auth(as),
    });
    expect(FeedbackSchema.parse(response.json())).toMatchObject({ rating: 4, comment: 'Хорошо' });
  }

  beforeAll(async () => {
    other = await forumActors(app(), OTHER);
    for (const action of ['live', 'end']) {
      const changed = await app().inject({
        method: 'POST',
        url: `/api/events/${OTHER}/studio/${action}`,
        headers: auth(other.producer),
      });
      expectStatus(changed, 200);
    }
  });

  it.each([
    ['a rating as a string', { rating: '5' }],
    ['a null rating', { rating: null }],
    ['a comment that is a number', { rating: 3, comment: 42 }],
    ['a comment that is a list', { rating: 3, comment: ['Хорошо'] }],
    ['a list instead of a rating', [{ rating: 3 }]],
  ])('refuses %s with 400, keeping the earlier rating', async (_case, payload) => {
    const guest = await rater();
    const response = await rateOther(payload, guest);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    await expectUnchanged(guest);
  });

  it('refuses an oversize body with 413, keeping the earlier rating', async () => {
    const guest = await rater();
    const response = await rateOther({ rating: 1, comment: 'я'.repeat(200_000) }, guest);
    expect(response.statusCode).toBe(413);
    expect(ProblemSchema.parse(response.json()).status).toBe(413);
    await expectUnchanged(guest);
  });

  it('takes the rating of the staff of another event', async () => {
    expectStatus(await rateOther({ rating: 5 }, people.producer), 200);
    const mine = await app().inject({
      url: `/api/events/${OTHER}/feedback/mine`,
      headers: auth(people.producer),
    });
    expect(FeedbackSchema.parse(mine.json())).toMatchObject({ rating: 5, comment: null });
  });

  it('keeps comments that look like markup or SQL as the plain text they were written as', async () => {
    for (const hostile of HOSTILE_STRINGS) {
      const response = await rateOther({ rating: 3, comment: hostile }, await guestSession(app()));
      expectStatus(response, 200);
      expect(FeedbackSchema.parse(response.json()).comment).toBe(hostile);
    }
    const response = await app().inject({
      url: `/api/events/${OTHER}/feedback?pageSize=50`,
      headers: auth(other.organiser),
    });
    const shown = FeedbackResultsSchema.parse(response.json()).comments.items;
    for (const hostile of HOSTILE_STRINGS) {
      expect(shown.map((item) => item.comment)).toContain(hostile);
    }
  });
});

describe('ratings by the staff, left before the staff were refused', () => {
  const RATED = 'ev062';
  let staffed: ForumActors;
  const rateRated = (payload: unknown, as: Session) =>
    app().inject({
      method: 'PUT',
      url: `/api/events/${RATED}/feedback`,
      headers: auth(as),
      payload: payload as object,
    });

  beforeAll(async () => {
    staffed = await forumActors(app(), RATED);
    for (const action of ['live', 'end']) {
      const changed = await app().inject({
        method: 'POST',
        url: `/api/events/${RATED}/studio/${action}`,
        headers: auth(staffed.producer),
      });
      expectStatus(changed, 200);
    }
    // Written straight to the table, as the route took them before it refused the staff.
    await app()
      .db.insert(t.eventFeedback)
      .values(
        (['producer', 'moderator', 'speaker', 'chatExpert'] as const).map((key) => ({
          eventId: RATED,
          userId: staffed[key].user.id,
          rating: 5,
          comment: 'Мы молодцы',
        })),
      );
  });

  it("leave the organiser's results, where a visitor's rating counts", async () => {
    expectStatus(await rateRated({ rating: 2, comment: 'Скучно' }, staffed.viewer), 200);
    // The producer of another event is a visitor here.
    expectStatus(await rateRated({ rating: 3 }, people.producer), 200);

    const response = await app().inject({
      url: `/api/events/${RATED}/feedback`,
      headers: auth(staffed.organiser),
    });
    expectStatus(response, 200);
    const summary = FeedbackResultsSchema.parse(response.json());
    expect(summary).toMatchObject({ count: 2, average: 2.5 });
    expect(summary.distribution.find((row) => row.rating === 5)?.count).toBe(0);
    expect(summary.comments.total).toBe(1);
    expect(summary.comments.items).toEqual([
      expect.objectContaining({ rating: 2, comment: 'Скучно' }),
    ]);

    const overview = await app().inject({
      url: '/api/feedback?pageSize=50',
      headers: auth(staffed.organiser),
    });
    expectStatus(overview, 200);
    const listed = FeedbackOverviewSchema.parse(overview.json()).items.find(
      (item) => item.event.id === RATED,
    );
    expect(listed).toMatchObject({ count: 2, average: 2.5, commentCount: 1 });
  });

  it('counts someone assigned as producer whose fair role no longer allows it, as the route would', async () => {
    const demoted = await actor(app(), 'visitor');
    await app()
      .db.insert(t.eventStaff)
      .values({ eventId: 'ev063', role: 'producer', userId: demoted.user.id });
    await app()
      .db.insert(t.eventFeedback)
      .values({ eventId: 'ev063', userId: demoted.user.id, rating: 4 });
    const response = await app().inject({
      url: '/api/events/ev063/feedback',
      headers: auth(staffed.organiser),
    });
    expect(FeedbackResultsSchema.parse(response.json())).toMatchObject({ count: 1, average: 4 });
  });
});

/** A word of the rated event's Russian title, as an organiser would type it. */
async function overviewTitle(): Promise<string> {
  const response = await app().inject({ url: `/api/events/${EVENT}` });
  const { title } = EventDetailSchema.parse(response.json());
  return title.ru.split(' ').find((word) => word.length > 5) ?? title.ru;
}
