/**
 * The forum schedule as a visitor uses it, against the real stack: narrow the ~250 events to
 * the continuation and to one speaker (found by typing part of the name), see an exhibitor's
 * webinar and master class on the same topic listed beside a continuation event, each labelled
 * with its format, open the speaker's page, add their event to "My schedule", find it on
 * /schedule and download the calendar file, which holds the event's title and start. Every
 * figure is checked against the api.
 */
import {
  EventPageSchema,
  SessionSchema,
  SpeakerDetailSchema,
  WebinarSchema,
  type EventSummary,
  type WebinarFormat,
} from '@salon/shared';
import { readFile } from 'node:fs/promises';
import { expect, inject, it } from 'vitest';
import { describeInBrowser, openPage } from './browser.ts';
import { DEMO_PASSWORD, STAFF_E001 } from './standVisit.ts';

const POLL = { timeout: 20_000, interval: 200 };

async function api<T>(
  pathname: string,
  schema: { parse: (value: unknown) => T },
  init: RequestInit = {},
): Promise<T> {
  const response = await fetch(new URL(pathname, inject('apiUrl')), init);
  if (!response.ok) throw new Error(`${pathname}: ${response.status} ${await response.text()}`);
  return schema.parse(await response.json());
}

/**
 * The stand e001 (topics: edtech, school, digital) schedules a webinar or a master class
 * `minutes` after the start of `event`.
 */
async function webinarBeside(
  event: EventSummary,
  title: string,
  format: WebinarFormat,
  minutes: number,
) {
  const session = await api('/api/sessions', SessionSchema, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: STAFF_E001, password: DEMO_PASSWORD }),
  });
  return api('/api/stands/e001/webinars', WebinarSchema, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
    body: JSON.stringify({
      title: { ru: `${title} (ru)`, en: title },
      description: { ru: 'Мастер-класс на стенде', en: 'A master class at the stand' },
      startsAt: new Date(Date.parse(event.startsAt) + minutes * 60_000).toISOString(),
      durationMinutes: 30,
      language: 'en',
      format,
    }),
  });
}

/** An iCalendar file with its folded lines joined again (RFC 5545 folds at 75 octets). */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
/** Text as iCalendar writes it: backslash, comma and semicolon escaped. */
const icsText = (text: string) => text.replace(/[\\,;]/g, (char) => `\\${char}`);

describeInBrowser('the forum schedule', (browser) => {
  it('filters by phase and speaker, lists webinars and master classes beside, and exports my schedule', async () => {
    const all = await api('/api/events?pageSize=1', EventPageSchema);
    const continuation = await api('/api/events?phase=continuation&pageSize=100', EventPageSchema);
    // A continuation event on one of e001's topics, and its moderator.
    const event = continuation.items.find((item) =>
      ['edtech', 'school', 'digital'].includes(item.clusterCode),
    );
    if (!event) throw new Error('No continuation event on a topic of e001');
    const speaker = await api(`/api/speakers/${event.moderator.id}`, SpeakerDetailSchema);
    const bySpeaker = await api(
      `/api/events?phase=continuation&speaker=${speaker.id}&pageSize=100`,
      EventPageSchema,
    );
    const webinarTitle = `Beside the forum ${String(Date.now())}`;
    const masterClassTitle = `Workshop at the stand ${String(Date.now())}`;
    await webinarBeside(event, webinarTitle, 'webinar', 15);
    await webinarBeside(event, masterClassTitle, 'masterClass', 20);

    const { page, errors } = await openPage(browser(), '/forum', 'en');
    const count = page.getByTestId('event-count');
    const events = page.getByTestId('event-list').locator(':scope > li');
    await expect.poll(() => count.innerText(), POLL).toContain(String(all.total));

    // Phase: the continuation's events and only its days.
    await page.getByRole('button', { name: /^Continuation/ }).click();
    await expect.poll(() => count.innerText(), POLL).toBe(`${String(continuation.total)} results`);
    expect(new URL(page.url()).searchParams.get('phase')).toBe('continuation');
    const dayTabs = page.getByRole('group', { name: 'All days' }).getByRole('button');
    expect(await dayTabs.count()).toBe(new Set(continuation.items.map((e) => e.day)).size + 1);

    // Beside the event: the stand's webinar and master class on the same topic, each labelled
    // with its format, each one click from the stand.
    const item = events.filter({ hasText: event.title.en });
    const beside = item.getByTestId('beside-webinars');
    await expect.poll(() => beside.innerText(), POLL).toContain(webinarTitle);
    await expect.poll(() => beside.innerText(), POLL).toContain(masterClassTitle);
    for (const [title, label] of [
      [webinarTitle, 'Webinar'],
      [masterClassTitle, 'Master class'],
    ] as const) {
      const entry = beside.locator('li', { hasText: title });
      expect(await entry.locator('.webinar-format').innerText()).toBe(label);
      expect(await entry.getByRole('link', { name: title }).getAttribute('href')).toBe(
        '/stands/e001',
      );
    }

    // Speaker: typed, picked from the suggestions, in the URL, narrowing the list.
    const lastName = speaker.name.en.split(' ').at(-1) ?? '';
    await page.getByRole('searchbox', { name: 'Find a speaker' }).fill(lastName);
    await page
      .getByTestId('speaker-suggestions')
      .getByRole('button', { name: new RegExp(speaker.name.en) })
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('speaker'), POLL).toBe(speaker.id);
    await expect
      .poll(() => count.innerText(), POLL)
      .toBe(`${String(bySpeaker.total)} ${bySpeaker.total === 1 ? 'result' : 'results'}`);
    expect(await events.count()).toBe(bySpeaker.total);
    expect(await page.getByTestId('chosen-speaker').innerText()).toContain(speaker.name.en);

    // Clearing every filter brings the whole schedule back.
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.poll(() => count.innerText(), POLL).toContain(String(all.total));
    expect(new URL(page.url()).search).toBe('');

    // The speaker's page, from the index's search.
    await page.getByRole('link', { name: 'All speakers and moderators' }).click();
    await page.getByRole('searchbox', { name: 'Search speakers' }).fill(lastName);
    const cards = page.getByTestId('speaker-list').locator(':scope > li');
    await expect.poll(() => cards.filter({ hasText: speaker.name.en }).count(), POLL).toBe(1);
    await cards.filter({ hasText: speaker.name.en }).getByRole('link').first().click();
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.innerText(), POLL).toBe(speaker.name.en);
    const speakerEvents = page.getByTestId('speaker-events').locator(':scope > li');
    await expect.poll(() => speakerEvents.count(), POLL).toBe(speaker.events.length);

    // Add the event to my schedule, then see it on /schedule and in the calendar file.
    const onPage = speakerEvents.filter({ hasText: event.title.en });
    await onPage.getByRole('button', { name: `Add “${event.title.en}” to my schedule` }).click();
    await expect.poll(() => onPage.getByTestId('in-schedule').count(), POLL).toBe(1);
    await onPage.getByRole('link', { name: 'open my schedule' }).click();
    const mine = page.getByTestId('my-schedule');
    await expect.poll(() => mine.innerText(), POLL).toContain(event.title.en);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('salon-schedule.ics');
    const calendar = unfold(await readFile(await download.path(), 'utf8'));
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain(`SUMMARY:${icsText(`${event.title.ru} / ${event.title.en}`)}`);
    const start = new Date(event.startsAt).toISOString().replace(/[-:]/g, '').replace('.000', '');
    expect(calendar).toContain(`DTSTART:${start}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
