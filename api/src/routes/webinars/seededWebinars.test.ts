/**
 * The demo fair's webinars and master classes through the public routes: the fair schedule
 * holds them all, within the fair's days and none live; each stand lists its own; the day and
 * topic of a continuation event find those beside it; a visitor can plan to attend one.
 */
import {
  PAGE_SIZE_MAX,
  ScheduleSchema,
  WebinarListSchema,
  WebinarPageSchema,
  WebinarSchema,
  type Webinar,
} from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { auth } from '../../../test/actors.ts';
import { guestSession } from '../../../test/sessionsForTests.ts';
import { demoFair } from '../../../test/testDatabases.ts';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp({ livekit: null });

const DAY_MS = 24 * 60 * 60_000;
/** A day of the fair's own clock (Moscow, UTC+3 all year) as the api's from/to window. */
function dayWindow(day: string): { from: string; to: string } {
  const from = `${day}T00:00:00+03:00`;
  return { from, to: new Date(Date.parse(from) + DAY_MS - 1000).toISOString() };
}
function moscowDay(instant: string): string {
  return new Date(Date.parse(instant) + 3 * 60 * 60_000).toISOString().slice(0, 10);
}
const days = demoFair.events.map((event) => event.day).sort();
const fair = {
  from: dayWindow(days[0] ?? '').from,
  to: dayWindow(days.at(-1) ?? '').to,
};

async function fairSchedule(query: Record<string, string>) {
  const search = new URLSearchParams({ pageSize: String(PAGE_SIZE_MAX), ...query });
  const response = await app().inject(`/api/webinars?${search.toString()}`);
  expect(response.statusCode).toBe(200);
  return WebinarPageSchema.parse(response.json());
}

let seeded: Webinar[] = [];

beforeAll(async () => {
  seeded = (await fairSchedule({})).items;
});

describe('the demo fair’s webinars', () => {
  it('are in the fair schedule: webinars and master classes, on several stands, none live', async () => {
    expect(seeded.length).toBe(demoFair.webinars.length);
    expect(new Set(seeded.map((webinar) => webinar.format))).toEqual(
      new Set(['webinar', 'masterClass']),
    );
    expect(new Set(seeded.map((webinar) => webinar.exhibitorId)).size).toBeGreaterThan(1);
    expect(new Set(seeded.map((webinar) => webinar.status))).toEqual(new Set(['scheduled']));
    expect((await fairSchedule({ status: 'live' })).total).toBe(0);
  });

  it('start and end within the fair’s days, with their exhibitor’s name and topics', async () => {
    const outside = seeded.filter(
      (webinar) =>
        Date.parse(webinar.startsAt) < Date.parse(fair.from) ||
        Date.parse(webinar.startsAt) + webinar.durationMinutes * 60_000 > Date.parse(fair.to),
    );
    expect(outside.map((webinar) => webinar.title.en)).toEqual([]);
    expect((await fairSchedule(fair)).total).toBe(seeded.length);
    for (const webinar of seeded) {
      const exhibitor = demoFair.exhibitors.find((entry) => entry.id === webinar.exhibitorId);
      expect(webinar.exhibitorName).toEqual(exhibitor?.name);
      expect(webinar.topicCodes).toEqual(exhibitor?.topicCodes);
    }
  });

  it('are each on their own stand’s list and at their own url', async () => {
    for (const webinar of seeded) {
      const stand = WebinarListSchema.parse(
        (await app().inject(`/api/stands/${webinar.exhibitorId}/webinars`)).json(),
      );
      expect(stand.items.map((item) => item.id)).toContain(webinar.id);
      const one = await app().inject(`/api/webinars/${webinar.id}`);
      expect(WebinarSchema.parse(one.json())).toEqual(webinar);
    }
  });

  it('are found by the day and topic of a continuation event they run beside', async () => {
    const continuation = demoFair.events.filter((event) => event.phase === 'continuation');
    const alone: string[] = [];
    for (const webinar of seeded) {
      const event = continuation.find(
        (entry) =>
          entry.day === moscowDay(webinar.startsAt) &&
          webinar.topicCodes.includes(entry.clusterCode),
      );
      if (!event) {
        alone.push(webinar.title.en);
        continue;
      }
      const found = await fairSchedule({ ...dayWindow(event.day), topic: event.clusterCode });
      expect(found.items.map((item) => item.id)).toContain(webinar.id);
    }
    expect(alone).toEqual([]);
  });

  it('go into a visitor’s own schedule', async () => {
    const [first] = seeded;
    if (!first) throw new Error('The demo fair has no webinars');
    const guest = await guestSession(app());
    const added = await app().inject({
      method: 'POST',
      url: '/api/schedule',
      headers: auth(guest),
      payload: { webinarId: first.id },
    });
    expect(added.statusCode).toBe(201);
    const schedule = ScheduleSchema.parse(
      (await app().inject({ url: '/api/schedule', headers: auth(guest) })).json(),
    );
    expect(schedule.items.map((item) => item.webinar?.id)).toEqual([first.id]);
  });
});
