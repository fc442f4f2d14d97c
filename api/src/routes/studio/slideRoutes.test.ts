/**
 * Speakers' slides: uploaded by the speaker or the producer, checked from their bytes, opened to
 * count their pages, replaced by a new upload; shown in the studio state for the on-air speaker,
 * a page at a time.
 */
import { readFileSync } from 'node:fs';
import { resolveAssetPath } from '@salon/assets/media';
import { ProblemSchema, SlideDeckListSchema, SlideDeckSchema } from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDF_BYTES, PNG_BYTES } from '../../../test/actors.ts';
import { forumActors, type ForumActors } from '../../../test/forumActors.ts';
import { expectStatus } from '../../../test/expectStatus.ts';
import { studioCalls } from '../../../test/studioCalls.ts';
import { useTestApp } from '../../../test/testApp.ts';

const app = useTestApp({ livekit: null });
const { call, produce, uploadSlides } = studioCalls(app);
const BROCHURE = new Uint8Array(readFileSync(resolveAssetPath('materials/brochure-1.pdf')));

describe('slides on air', () => {
  let people: ForumActors;
  beforeAll(async () => {
    people = await forumActors(app(), 'ev032');
  });

  it("shows the on-air speaker's slides and turns their pages within the deck", async () => {
    const uploaded = await uploadSlides(people, people.speakerId, BROCHURE, people.speaker);
    expectStatus(uploaded, 200);
    expect(SlideDeckSchema.parse(uploaded.json())).toMatchObject({
      speaker: { id: people.speakerId },
      pageCount: 3,
    });
    const onAir = await produce(people, 'PUT', 'on-air', { speakerId: people.speakerId });
    expect(onAir.slides?.pageCount).toBe(3);
    expect(onAir.slideIndex).toBe(0);
    expect((await produce(people, 'PUT', 'slide', { index: 2 })).slideIndex).toBe(2);
    const past = await call('PUT', '/api/events/ev032/studio/slide', people.producer, { index: 3 });
    expect(past.statusCode).toBe(409);
    expect(ProblemSchema.parse(past.json()).detail).toContain('from 0 to 2');
  });

  it('starts a new speaker at the first page, and refuses pages of a speaker with no slides', async () => {
    const next = await produce(people, 'PUT', 'on-air', { speakerId: people.otherSpeakerId });
    expect(next.slideIndex).toBe(0);
    expect(next.slides).toBeNull();
    const response = await call('PUT', '/api/events/ev032/studio/slide', people.producer, {
      index: 1,
    });
    expect(response.statusCode).toBe(409);
    expect(ProblemSchema.parse(response.json()).title).toBe('No slides on air');
  });

  it("replaces a speaker's deck with a new upload and forgets the old file", async () => {
    const first = SlideDeckSchema.parse(
      (await uploadSlides(people, people.otherSpeakerId, BROCHURE, people.producer)).json(),
    );
    const second = SlideDeckSchema.parse(
      (await uploadSlides(people, people.otherSpeakerId, PDF_BYTES, people.producer)).json(),
    );
    expect(second.pageCount).toBe(1);
    expect((await call('GET', first.url, null)).statusCode).toBe(404);
    const served = await call('GET', second.url, null);
    expect(served.headers['content-type']).toBe('application/pdf');
    const list = SlideDeckListSchema.parse(
      (await call('GET', '/api/events/ev032/slides', people.moderator)).json(),
    );
    expect(list.items.map((deck) => [deck.speaker.id, deck.pageCount]).sort()).toEqual(
      [
        [people.speakerId, 3],
        [people.otherSpeakerId, 1],
      ].sort(),
    );
  });

  it.each([
    ['a PNG sent as a PDF', PNG_BYTES, 415],
    [
      'a file that starts like a PDF and is not one',
      new TextEncoder().encode('%PDF-1.7\n' + 'not really a pdf '.repeat(200)),
      415,
    ],
    [
      'a PDF over 20 MB',
      (() => {
        const bytes = new Uint8Array(20 * 1024 * 1024 + 10);
        bytes.set(PDF_BYTES);
        return bytes;
      })(),
      413,
    ],
  ] as const)('refuses %s', async (_case, bytes, status) => {
    const response = await uploadSlides(people, people.speakerId, bytes, people.speaker);
    expect(response.statusCode).toBe(status);
    const list = SlideDeckListSchema.parse(
      (await call('GET', '/api/events/ev032/slides', people.producer)).json(),
    );
    expect(list.items.find((deck) => deck.speaker.id === people.speakerId)?.pageCount).toBe(3);
  });

  it('refuses slides for someone who does not speak at the event, and the moderator', async () => {
    expect((await uploadSlides(people, 'sp001', PDF_BYTES, people.producer)).statusCode).toBe(404);
    expect(
      (await uploadSlides(people, people.moderatorId, PDF_BYTES, people.producer)).statusCode,
    ).toBe(404);
  });
});
