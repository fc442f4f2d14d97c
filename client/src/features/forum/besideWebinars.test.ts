import type { EventSummary, Webinar } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { aWebinar } from '../../testing/webinarFixture.ts';
import { continuationDays, isOnNow, shownBeside, webinarsBeside } from './besideWebinars.ts';

const event = {
  clusterCode: 'school',
  startsAt: '2027-05-01T12:00:00+03:00',
  endsAt: '2027-05-01T13:00:00+03:00',
};

function webinar(id: string, startsAt: string, extra: Partial<Webinar> = {}): Webinar {
  return aWebinar({ id, title: { ru: id, en: id }, startsAt, ...extra });
}

const before = Date.parse('2027-05-01T08:00:00+03:00');

describe('webinars beside a forum event', () => {
  it('keeps the same topic, live first, then those at the same time, then the day', () => {
    const list = [
      webinar('evening', '2027-05-01T18:00:00+03:00'),
      webinar('other-topic', '2027-05-01T12:10:00+03:00', { topicCodes: ['higher'] }),
      webinar('same-time', '2027-05-01T12:30:00+03:00'),
      webinar('morning', '2027-05-01T09:00:00+03:00'),
      webinar('live', '2027-05-01T07:45:00+03:00', { status: 'live' }),
    ];
    expect(webinarsBeside(event, list, before).map((w) => w.id)).toEqual([
      'live',
      'same-time',
      'morning',
      'evening',
    ]);
  });

  it('leaves out webinars that have ended', () => {
    const list = [
      webinar('ended', '2027-05-01T12:00:00+03:00', { status: 'ended' }),
      webinar('past', '2027-05-01T09:00:00+03:00'),
      webinar('next', '2027-05-01T12:30:00+03:00'),
    ];
    const noon = Date.parse('2027-05-01T12:00:00+03:00');
    expect(webinarsBeside(event, list, noon).map((w) => w.id)).toEqual(['next']);
  });

  it('ranks master classes with webinars, by the same rules', () => {
    const list = [
      webinar('webinar-later', '2027-05-01T18:00:00+03:00'),
      webinar('master-class', '2027-05-01T12:15:00+03:00', { format: 'masterClass' }),
      webinar('other-topic', '2027-05-01T12:15:00+03:00', {
        format: 'masterClass',
        topicCodes: ['higher'],
      }),
    ];
    expect(webinarsBeside(event, list, before).map((w) => w.id)).toEqual([
      'master-class',
      'webinar-later',
    ]);
  });

  it('says whether an event is on now', () => {
    expect(isOnNow(event, Date.parse('2027-05-01T12:00:00+03:00'))).toBe(true);
    expect(isOnNow(event, Date.parse('2027-05-01T12:59:59+03:00'))).toBe(true);
    expect(isOnNow(event, Date.parse('2027-05-01T13:00:00+03:00'))).toBe(false);
    expect(isOnNow(event, before)).toBe(false);
  });

  it('lists the continuation days of a page of events once each, in order', () => {
    const summary = (day: string, phase: EventSummary['phase']) => ({ day, phase }) as EventSummary;
    expect(
      continuationDays([
        summary('2027-05-02', 'continuation'),
        summary('2027-04-29', 'main'),
        summary('2027-04-30', 'continuation'),
        summary('2027-05-02', 'continuation'),
      ]),
    ).toEqual(['2027-04-30', '2027-05-02']);
  });
});

describe('the webinars shown beside an event', () => {
  const ids = (list: readonly Webinar[]) => list.map((w) => w.id);
  const webinars = ['w1', 'w2', 'w3', 'w4'].map((id) => webinar(id, '2027-05-01T12:00:00+03:00'));
  const masterClass = (id: string) =>
    webinar(id, '2027-05-01T17:00:00+03:00', { format: 'masterClass' });

  it('keeps the first of a ranked list when it holds one format', () => {
    expect(ids(shownBeside(webinars, 3))).toEqual(['w1', 'w2', 'w3']);
    expect(ids(shownBeside(webinars.slice(0, 2), 3))).toEqual(['w1', 'w2']);
  });

  it('gives a lower-ranked master class the last place, in ranking order', () => {
    const ranked = [...webinars, masterClass('m1'), masterClass('m2')];
    expect(ids(shownBeside(ranked, 3))).toEqual(['w1', 'w2', 'm1']);
  });

  it('gives a lower-ranked webinar a place among master classes too', () => {
    const ranked = [
      masterClass('m1'),
      masterClass('m2'),
      masterClass('m3'),
      webinar('w', '2027-05-01T18:00:00+03:00'),
    ];
    expect(ids(shownBeside(ranked, 3))).toEqual(['m1', 'm2', 'w']);
  });

  it('shows only the best one when a single place is left, and nothing for none', () => {
    const ranked = [masterClass('m1'), ...webinars];
    expect(ids(shownBeside(ranked, 1))).toEqual(['m1']);
    expect(shownBeside(ranked, 0)).toEqual([]);
    expect(shownBeside([], 3)).toEqual([]);
  });
});
