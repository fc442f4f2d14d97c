import { describe, expect, it } from 'vitest';
import { demoFair, describeEachDatabase } from '../../../test/testDatabases.ts';
import { getEvent, listEvents } from './eventRepository.ts';
import { getForumFacets } from './facetRepository.ts';
import { getSpeaker, listSpeakers } from './speakerRepository.ts';

const firstMainDay = '2027-04-26';

describeEachDatabase('forum repositories', (database) => {
  describe('listEvents', () => {
    it('lists a day in start order with speaker and moderator names', async () => {
      const expected = demoFair.events.filter((event) => event.day === firstMainDay);
      const result = await listEvents(database(), { page: 1, pageSize: 100, day: firstMainDay });
      expect(result.total).toBe(expected.length);
      const starts = result.items.map((item) => Date.parse(item.startsAt));
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const item of result.items) {
        const source = expected.find((event) => event.id === item.id);
        expect(item.moderator.id).toBe(source?.moderatorId);
        expect(item.speakers.map((speaker) => speaker.id)).toEqual(source?.speakerIds);
        expect(item.speakers.every((speaker) => speaker.name.ru.length > 0)).toBe(true);
      }
    });

    it('filters by phase, cluster and stage together', async () => {
      const sample = demoFair.events.find((event) => event.phase === 'continuation');
      if (!sample) throw new Error('The demo fair has no continuation events');
      const expected = demoFair.events.filter(
        (event) =>
          event.phase === 'continuation' &&
          event.clusterCode === sample.clusterCode &&
          event.stageId === sample.stageId,
      );
      const result = await listEvents(database(), {
        page: 1,
        pageSize: 100,
        phase: 'continuation',
        cluster: sample.clusterCode,
        stage: sample.stageId,
      });
      expect(result.items.map((item) => item.id).sort()).toEqual(expected.map((e) => e.id).sort());
    });

    it('finds the events of a speaker, moderated or spoken at', async () => {
      const speakerId = demoFair.events[0]?.moderatorId ?? '';
      const expected = demoFair.events.filter(
        (event) => event.moderatorId === speakerId || event.speakerIds.includes(speakerId),
      );
      const result = await listEvents(database(), { page: 1, pageSize: 100, speaker: speakerId });
      expect(result.items.map((item) => item.id).sort()).toEqual(expected.map((e) => e.id).sort());
    });

    it('searches titles in Russian regardless of case', async () => {
      const sample = demoFair.events[10];
      if (!sample) throw new Error('The demo fair is too small');
      const result = await listEvents(database(), {
        page: 1,
        pageSize: 100,
        q: sample.title.ru.toUpperCase(),
      });
      expect(result.items.map((item) => item.id)).toContain(sample.id);
    });

    it('pages through every event exactly once, in start order across pages', async () => {
      const paged: string[] = [];
      let total: number;
      for (let page = 1; ; page += 1) {
        const result = await listEvents(database(), { page, pageSize: 30 });
        total = result.total;
        paged.push(...result.items.map((item) => item.id));
        if (result.items.length < 30) break;
      }
      expect(total).toBe(demoFair.events.length);
      expect(paged).toHaveLength(demoFair.events.length);
      expect(new Set(paged)).toEqual(new Set(demoFair.events.map((event) => event.id)));
      const startOf = new Map(
        demoFair.events.map((event) => [event.id, Date.parse(event.startsAt)]),
      );
      const starts = paged.map((id) => startOf.get(id) ?? Number.NaN);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });

    it('gives page 2 of a filtered list the events right after page 1', async () => {
      const everything = await listEvents(database(), {
        page: 1,
        pageSize: 100,
        phase: 'continuation',
      });
      expect(everything.total).toBeGreaterThan(20);
      const second = await listEvents(database(), { page: 2, pageSize: 10, phase: 'continuation' });
      expect(second).toMatchObject({ page: 2, pageSize: 10, total: everything.total });
      expect(second.items.map((item) => item.id)).toEqual(
        everything.items.slice(10, 20).map((item) => item.id),
      );
    });

    it('returns an empty page past the end with the total still right', async () => {
      const result = await listEvents(database(), { page: 1000, pageSize: 100 });
      expect(result.items).toEqual([]);
      expect(result.total).toBe(demoFair.events.length);
    });
  });

  describe('getEvent', () => {
    it('returns the event with full speaker profiles, stage and cluster', async () => {
      const sample = demoFair.events[0];
      if (!sample) throw new Error('The demo fair has no events');
      const event = await getEvent(database(), sample.id);
      expect(event?.title).toEqual(sample.title);
      expect(event?.stage.id).toBe(sample.stageId);
      expect(event?.cluster.code).toBe(sample.clusterCode);
      expect(event?.speakers.map((speaker) => speaker.id)).toEqual(sample.speakerIds);
      expect(event?.moderator.organisation.ru.length).toBeGreaterThan(0);
    });

    it('returns null for an unknown id', async () => {
      expect(await getEvent(database(), 'ev-none')).toBeNull();
    });
  });

  describe('getForumFacets', () => {
    it('counts events per day across both phases', async () => {
      const facets = await getForumFacets(database());
      const total = facets.days.reduce((sum, day) => sum + day.eventCount, 0);
      expect(total).toBe(demoFair.events.length);
      expect(new Set(facets.days.map((day) => day.phase))).toEqual(
        new Set(['main', 'continuation']),
      );
      expect(facets.stages).toHaveLength(demoFair.stages.length);
      expect(facets.clusters).toHaveLength(demoFair.topics.length);
    });
  });

  describe('speakers', () => {
    it('pages speakers and finds one by surname', async () => {
      const sample = demoFair.speakers[7];
      if (!sample) throw new Error('The demo fair is too small');
      const surname = sample.name.ru.split(' ').at(-1) ?? '';
      const page = await listSpeakers(database(), { page: 1, pageSize: 100, q: surname });
      expect(page.items.map((speaker) => speaker.id)).toContain(sample.id);
      const all = await listSpeakers(database(), { page: 1, pageSize: 10 });
      expect(all.total).toBe(demoFair.speakers.length);
    });

    it("returns a speaker's page with their events", async () => {
      const sample = demoFair.events[0];
      const speakerId = sample?.speakerIds[0] ?? '';
      const speaker = await getSpeaker(database(), speakerId);
      expect(speaker?.events.map((event) => event.id)).toContain(sample?.id);
      expect(await getSpeaker(database(), 'sp-none')).toBeNull();
    });
  });
});
