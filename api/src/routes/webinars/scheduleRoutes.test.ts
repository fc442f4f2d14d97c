/**
 * My schedule with forum events: a visitor (or a guest) adds an event, sees it in time order
 * beside a webinar, downloads it in the calendar file, removes it; unknown events are 404.
 */
import {
  ScheduleItemSchema,
  ScheduleSchema,
  WebinarSchema,
  type Session,
  type Webinar,
} from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { actor, auth } from '../../../test/actors.ts';
import { guestSession } from '../../../test/sessionsForTests.ts';
import { demoFair } from '../../../test/testDatabases.ts';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp({ livekit: null });
let visitor: Session;
let host: Session;
let webinar: Webinar | undefined;

const event = demoFair.events.find((entry) => entry.phase === 'continuation');
const mainEvent = demoFair.events.find((entry) => entry.phase === 'main');

beforeAll(async () => {
  visitor = await actor(app(), 'visitor');
  host = await actor(app(), 'exhibitor', 'e001');
});

function add(session: Session, body: object) {
  return app().inject({
    method: 'POST',
    url: '/api/schedule',
    headers: auth(session),
    payload: body,
  });
}

async function list(session: Session) {
  const response = await app().inject({ url: '/api/schedule', headers: auth(session) });
  expect(response.statusCode).toBe(200);
  return ScheduleSchema.parse(response.json()).items;
}

/** `2026-04-27T10:00:00.000Z` as iCalendar writes a UTC time: `20260427T100000Z`. */
function icsUtc(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The fields of the one VEVENT with this UID, by name (lines unfolded, parameters dropped). */
function veventWithUid(calendar: string, uid: string): Map<string, string> {
  // Long lines are folded at 75 octets: a line break followed by a space or a tab.
  const lines = calendar.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Array<Map<string, string>> = [];
  let current: Map<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon).split(';')[0] ?? '', line.slice(colon + 1));
    }
  }
  const matching = events.filter((event) => event.get('UID') === uid);
  expect(matching).toHaveLength(1);
  return matching[0] ?? new Map<string, string>();
}

describe('forum events in my schedule', () => {
  it('adds a forum event once, with its title, time and people', async () => {
    if (!event) throw new Error('The demo fair has no continuation event');
    const first = await add(visitor, { eventId: event.id });
    expect(first.statusCode).toBe(201);
    const item = ScheduleItemSchema.parse(first.json());
    expect(item.webinar).toBeNull();
    expect(item.event).toMatchObject({ id: event.id, title: event.title, phase: 'continuation' });
    expect(Date.parse(item.event?.startsAt ?? '')).toBe(Date.parse(event.startsAt));
    expect(item.event?.moderator.id).toBe(event.moderatorId);

    const again = ScheduleItemSchema.parse((await add(visitor, { eventId: event.id })).json());
    expect(again.id).toBe(item.id);
    expect(await list(visitor)).toHaveLength(1);
  });

  it('lists forum events and webinars together in time order', async () => {
    if (!mainEvent || !event) throw new Error('The demo fair has no events');
    const created = await app().inject({
      method: 'POST',
      url: '/api/stands/e001/webinars',
      headers: auth(host),
      payload: {
        title: { ru: 'Вебинар рядом', en: 'A webinar beside' },
        description: { ru: 'Описание', en: 'About' },
        // Between the main days and the continuation event.
        startsAt: new Date(Date.parse(event.startsAt) - 60 * 60_000).toISOString(),
        durationMinutes: 30,
        language: 'ru',
      },
    });
    expect(created.statusCode).toBe(201);
    webinar = WebinarSchema.parse(created.json());
    expect((await add(visitor, { webinarId: webinar.id })).statusCode).toBe(201);
    expect((await add(visitor, { eventId: mainEvent.id })).statusCode).toBe(201);

    const items = await list(visitor);
    expect(items.map((item) => item.event?.id ?? item.webinar?.id)).toEqual([
      mainEvent.id,
      webinar.id,
      event.id,
    ]);
  });

  it('writes forum events into the calendar file with their title and start', async () => {
    if (!event) throw new Error('The demo fair has no continuation event');
    const response = await app().inject({ url: '/api/schedule.ics', headers: auth(visitor) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    expect(response.headers['content-disposition']).toContain('salon-schedule.ics');
    // Long lines are folded at 75 octets; unfold before looking for the title.
    const calendar = response.body.replace(/\r\n[ \t]/g, '');
    expect(calendar).toContain(`UID:event-${event.id}@salon`);
    const summary = `${event.title.ru} / ${event.title.en}`.replace(/[\\,;]/g, (c) => `\\${c}`);
    expect(calendar).toContain(`SUMMARY:${summary}`);
    const start = new Date(event.startsAt).toISOString().replace(/[-:]/g, '').replace('.000', '');
    expect(calendar).toContain(`DTSTART:${start}`);
    expect(calendar).toContain(`/forum/${event.id}`);
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  });

  it("writes the webinar's own event: its uid, both titles, start and end in UTC, its stand", async () => {
    if (!webinar) throw new Error('The webinar of the previous test was not created');
    const response = await app().inject({ url: '/api/schedule.ics', headers: auth(visitor) });
    expect(response.statusCode).toBe(200);
    const fields = veventWithUid(response.body, `webinar-${webinar.id}@salon`);
    expect(fields.get('SUMMARY')).toBe('Вебинар рядом / A webinar beside');
    expect(fields.get('DTSTART')).toBe(icsUtc(webinar.startsAt));
    expect(fields.get('DTEND')).toBe(
      icsUtc(new Date(Date.parse(webinar.startsAt) + 30 * 60_000).toISOString()),
    );
    expect(fields.get('DESCRIPTION')).toBe('Описание\\n\\nAbout');
    expect(fields.get('URL')).toMatch(/\/stands\/e001$/);
    expect(fields.get('LOCATION')).toContain('Salon');
  });

  it('keeps a guest their own schedule', async () => {
    if (!event) throw new Error('The demo fair has no continuation event');
    const guest = await guestSession(app());
    expect((await add(guest, { eventId: event.id })).statusCode).toBe(201);
    expect((await list(guest)).map((item) => item.event?.id)).toEqual([event.id]);
  });

  it('removes a forum event, and only from its own schedule', async () => {
    if (!event) throw new Error('The demo fair has no continuation event');
    const other = await actor(app(), 'visitor');
    const item = (await list(visitor)).find((entry) => entry.event?.id === event.id);
    const url = `/api/schedule/${item?.id ?? ''}`;
    expect((await app().inject({ method: 'DELETE', url, headers: auth(other) })).statusCode).toBe(
      404,
    );
    expect((await app().inject({ method: 'DELETE', url, headers: auth(visitor) })).statusCode).toBe(
      204,
    );
    expect((await list(visitor)).some((entry) => entry.event?.id === event.id)).toBe(false);
  });

  it('answers 404 for an unknown event, 400 for a bad body and 401 without a session', async () => {
    expect((await add(visitor, { eventId: 'ev-none' })).statusCode).toBe(404);
    expect((await add(visitor, { eventId: '' })).statusCode).toBe(400);
    expect((await add(visitor, { somethingElse: 1 })).statusCode).toBe(400);
    const anonymous = await app().inject({
      method: 'POST',
      url: '/api/schedule',
      payload: { eventId: event?.id },
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await app().inject({ url: '/api/schedule.ics' })).statusCode).toBe(401);
  });
});
