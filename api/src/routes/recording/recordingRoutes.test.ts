/**
 * The program recording, end to end with real media: a demo WebM remuxed the way MediaRecorder
 * writes it (a live stream: no duration, no cues) is uploaded in chunks, with a chunk sent twice
 * and one that skips ahead; finishing remuxes it with the real ffmpeg, and the stored file
 * probes as WebM with a duration and cues; its chapters are the studio's on-air log, counted
 * from the recorder's start as the page reports it (or going live). Ending the
 * event finishes a recording its producer's page did not. When ffmpeg fails the upload is kept
 * as it came, and the status says so.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveAssetPath } from '@salon/assets/media';
import {
  ProblemSchema,
  RecordingChunkReceiptSchema,
  RecordingSchema,
  StudioStateSchema,
  type Session,
} from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { auth, PNG_BYTES } from '../../../test/actors.ts';
import { forumActors, type ForumActors } from '../../../test/forumActors.ts';
import { expectStatus } from '../../../test/expectStatus.ts';
import { useTestApp } from '../../../test/testApp.ts';
import { END_QUIET_MS } from './recordingFinisher.ts';
import { CHUNK_MAX_BYTES } from './recordingRoutes.ts';

const app = useTestApp({ livekit: null });
const broken = useTestApp({ livekit: null, ffmpeg: { ffmpeg: '/bin/false', ffprobe: 'ffprobe' } });
const work = mkdtempSync(path.join(tmpdir(), 'salon-recording-'));

/** The EBML id of the Cues element, which players need to seek. */
const CUES_ID = Buffer.from([0x1c, 0x53, 0xbb, 0x6b]);

function probe(file: string): { format_name: string; duration?: string } {
  const output = execFileSync(
    'ffprobe',
    ['-v', 'error', '-show_entries', 'format=format_name,duration', '-of', 'json', file],
    { encoding: 'utf8' },
  );
  return (JSON.parse(output) as { format: { format_name: string; duration?: string } }).format;
}

/** presentation-1.webm as MediaRecorder would have written it. */
function liveRecording(): Buffer {
  const file = path.join(work, 'live.webm');
  execFileSync('ffmpeg', [
    '-hide_banner',
    '-loglevel',
    'error',
    '-i',
    resolveAssetPath('videos/presentation-1.webm'),
    '-c',
    'copy',
    '-f',
    'webm',
    '-live',
    '1',
    '-y',
    file,
  ]);
  return readFileSync(file);
}

function chunksOf(bytes: Buffer, size: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += size)
    chunks.push(bytes.subarray(start, start + size));
  return chunks;
}

function upload(
  target: typeof app,
  eventId: string,
  seq: number | string,
  bytes: Uint8Array,
  as: Session,
  contentType = 'application/octet-stream',
) {
  return target().inject({
    method: 'POST',
    url: `/api/events/${eventId}/recording/chunks?seq=${String(seq)}`,
    headers: { ...auth(as), 'content-type': contentType },
    payload: Buffer.from(bytes),
  });
}

function finish(target: typeof app, eventId: string, as: Session) {
  return target().inject({
    method: 'POST',
    url: `/api/events/${eventId}/recording/finish`,
    headers: auth(as),
  });
}

async function studio(
  people: ForumActors,
  method: 'POST' | 'PUT' | 'DELETE',
  what: string,
  payload?: object,
) {
  const response = await app().inject({
    method,
    url: `/api/events/${people.eventId}/studio/${what}`,
    headers: auth(people.producer),
    ...(payload ? { payload } : {}),
  });
  expectStatus(response, 200);
  return StudioStateSchema.parse(response.json());
}

let raw: Buffer;

beforeAll(() => {
  raw = liveRecording();
});

describe('a recording uploaded as it goes', () => {
  let people: ForumActors;
  let chunks: Buffer[];

  beforeAll(async () => {
    people = await forumActors(app(), 'ev050');
    chunks = chunksOf(raw, Math.ceil(raw.length / 6));
  });

  it('is what MediaRecorder writes: no duration and no cues', () => {
    expect(probe(path.join(work, 'live.webm')).duration).toBeUndefined();
    expect(raw.includes(CUES_ID)).toBe(false);
    expect(chunks.length).toBe(6);
  });

  it('takes the chunks in order, ignores one sent twice and refuses one that skips ahead', async () => {
    await studio(people, 'PUT', 'on-air', { speakerId: people.speakerId });
    await studio(people, 'POST', 'live');
    const send = async (seq: number) => {
      const response = await upload(app, 'ev050', seq, chunks[seq] ?? raw, people.producer);
      expectStatus(response, 200);
      return RecordingChunkReceiptSchema.parse(response.json());
    };
    for (const seq of [0, 1, 2]) expect(await send(seq)).toMatchObject({ nextSeq: seq + 1 });
    expect(await send(2)).toMatchObject({ nextSeq: 3, duplicate: true });
    const gap = await upload(app, 'ev050', 4, chunks[4] ?? raw, people.producer);
    expectStatus(gap, 409);
    expect(ProblemSchema.parse(gap.json()).detail).toContain('Expected chunk 3');
    expect(await send(3)).toMatchObject({ nextSeq: 4, duplicate: false });
    // A second speaker goes on air a second later: the second chapter.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await studio(people, 'PUT', 'on-air', { speakerId: people.otherSpeakerId, mode: 'audioOnly' });
    for (const seq of [4, 5]) expect(await send(seq)).toMatchObject({ nextSeq: seq + 1 });
    const status = RecordingSchema.parse(
      (await app().inject('/api/events/ev050/recording')).json(),
    );
    expect(status).toMatchObject({ status: 'recording', url: null, sizeBytes: raw.length });
  });

  it('is finished into a seekable WebM with a duration, quickly, and chapters from the on-air log', async () => {
    const ended = await studio(people, 'POST', 'end');
    const startedAt = performance.now();
    const response = await finish(app, 'ev050', people.producer);
    const finishMs = performance.now() - startedAt;
    expectStatus(response, 200);
    expect(finishMs).toBeLessThan(10_000);
    const recording = RecordingSchema.parse(response.json());
    expect(recording).toMatchObject({ status: 'ready', remuxed: true, notice: null });
    expect(recording.durationSeconds).toBeGreaterThan(10.5);
    expect(recording.durationSeconds).toBeLessThan(11.5);

    const served = await app().inject(recording.url ?? '');
    expect(served.headers['content-type']).toBe('video/webm');
    const stored = path.join(work, 'stored.webm');
    writeFileSync(stored, served.rawPayload);
    const format = probe(stored);
    expect(format.format_name).toContain('webm');
    expect(Number(format.duration)).toBeCloseTo(recording.durationSeconds ?? 0, 1);
    expect(served.rawPayload.includes(CUES_ID)).toBe(true);

    const fromLog = ended.onAirLog.flatMap((entry) =>
      entry.speaker && entry.atSeconds !== null
        ? [{ speaker: entry.speaker, atSeconds: entry.atSeconds }]
        : [],
    );
    expect(recording.chapters).toEqual(fromLog);
    expect(recording.chapters.map((chapter) => chapter.speaker.id)).toEqual([
      people.speakerId,
      people.otherSpeakerId,
    ]);
    expect(recording.chapters[0]?.atSeconds).toBe(0);
    expect(recording.chapters[1]?.atSeconds).toBeGreaterThanOrEqual(1);
    console.info(
      `recording finish took ${String(Math.round(finishMs))} ms for ${String(raw.length)} bytes`,
    );
  });

  it('answers a second finish with the same recording and takes no more chunks', async () => {
    const first = RecordingSchema.parse((await app().inject('/api/events/ev050/recording')).json());
    const again = await finish(app, 'ev050', people.producer);
    expect(RecordingSchema.parse(again.json())).toEqual(first);
    const late = await upload(app, 'ev050', 6, chunks[0] ?? raw, people.producer);
    expect(late.statusCode).toBe(409);
  });
});

describe('a recording whose producer does not finish it', () => {
  it('is finished by the end of the event once the last chunks have arrived', async () => {
    const people = await forumActors(app(), 'ev053');
    const chunks = chunksOf(raw, Math.ceil(raw.length / 4));
    await studio(people, 'PUT', 'on-air', { speakerId: people.speakerId });
    await studio(people, 'POST', 'live');
    for (const seq of [0, 1])
      expectStatus(await upload(app, 'ev053', seq, chunks[seq] ?? raw, people.producer), 200);
    const endedAt = Date.now();
    await studio(people, 'POST', 'end');
    // The page's last chunks, a few seconds after the end, still arrive; then the tab closes.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    for (const seq of [2, 3])
      expectStatus(await upload(app, 'ev053', seq, chunks[seq] ?? raw, people.producer), 200);
    const read = async () =>
      RecordingSchema.parse((await app().inject('/api/events/ev053/recording')).json());
    expect((await read()).status).toBe('recording');
    let recording = await read();
    while (recording.status !== 'ready' && Date.now() - endedAt < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      recording = await read();
    }
    expect(recording).toMatchObject({ status: 'ready', remuxed: true, notice: null });
    expect(recording.durationSeconds).toBeGreaterThan(10.5);
    expect(recording.chapters.map((chapter) => chapter.speaker.id)).toEqual([people.speakerId]);
    // It waited for the chunks to stop (10 s after the last), not for longer.
    expect(Date.now() - endedAt).toBeGreaterThan(END_QUIET_MS);
    expect(Date.now() - endedAt).toBeLessThan(END_QUIET_MS + 10_000);

    // A page that finishes late gets the same recording.
    const late = await finish(app, 'ev053', people.producer);
    expectStatus(late, 200);
    expect(RecordingSchema.parse(late.json())).toEqual(recording);
  }, 45_000);
});

describe('chapters of a recording', () => {
  /** Runs `step` and says when it ran: between `before` and `after`, in epoch ms. */
  async function timed(step: () => Promise<unknown>): Promise<{ before: number; after: number }> {
    const before = Date.now();
    await step();
    return { before, after: Date.now() };
  }
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('count from when the page’s recorder started, which is after going live', async () => {
    const people = await forumActors(app(), 'ev054');
    await studio(people, 'PUT', 'on-air', { speakerId: people.speakerId });
    await studio(people, 'POST', 'live');
    // The recorder starts a moment after going live; its first chunk comes 200 ms later.
    await pause(1500);
    const first = await timed(async () => {
      const response = await upload(app, 'ev054', '0&sinceStartMs=200', raw, people.producer);
      expectStatus(response, 200);
    });
    await pause(1000);
    const second = await timed(() =>
      studio(people, 'PUT', 'on-air', { speakerId: people.otherSpeakerId, mode: 'audioOnly' }),
    );
    await studio(people, 'POST', 'end');
    const recording = RecordingSchema.parse((await finish(app, 'ev054', people.producer)).json());
    expect(recording.chapters.map((chapter) => chapter.speaker.id)).toEqual([
      people.speakerId,
      people.otherSpeakerId,
    ]);
    // On air since going live: at the recording's very start.
    expect(recording.chapters[0]?.atSeconds).toBe(0);
    // The second speaker went on air about 1.2 s into the recording (2.5 s after going live).
    const at = recording.chapters[1]?.atSeconds ?? NaN;
    expect(at).toBeGreaterThanOrEqual((second.before - first.after + 200) / 1000 - 0.1);
    expect(at).toBeLessThanOrEqual((second.after - first.before + 200) / 1000 + 0.1);
  });

  it('never count from before going live, whatever start the page reports', async () => {
    const people = await forumActors(app(), 'ev055');
    await studio(people, 'POST', 'live');
    const response = await upload(app, 'ev055', '0&sinceStartMs=86400000', raw, people.producer);
    expectStatus(response, 200);
    await pause(1100);
    const onAir = await timed(() =>
      studio(people, 'PUT', 'on-air', { speakerId: people.speakerId }),
    );
    const ended = await studio(people, 'POST', 'end');
    const recording = RecordingSchema.parse((await finish(app, 'ev055', people.producer)).json());
    const liveAt = Date.parse(ended.liveAt ?? '');
    expect(recording.chapters).toHaveLength(1);
    expect(recording.chapters[0]?.atSeconds).toBeGreaterThanOrEqual(
      (onAir.before - liveAt) / 1000 - 0.1,
    );
    expect(recording.chapters[0]?.atSeconds).toBeLessThanOrEqual(
      (onAir.after - liveAt) / 1000 + 0.1,
    );
  });
});

describe('bad recording uploads', () => {
  let people: ForumActors;

  beforeAll(async () => {
    people = await forumActors(app(), 'ev051');
  });

  it.each([
    ['a first chunk that is not WebM', 0, PNG_BYTES, 'application/octet-stream', 415],
    ['an empty chunk', 0, new Uint8Array(0), 'application/octet-stream', 400],
    ['a chunk over 8 MB', 0, new Uint8Array(CHUNK_MAX_BYTES + 1), 'application/octet-stream', 413],
    ['a chunk sent as text', 0, new TextEncoder().encode('hello'), 'text/plain', 415],
    ['a chunk sent as JSON', 0, new TextEncoder().encode('{"a":1}'), 'application/json', 400],
    [
      'a sequence number that is not a number',
      'first',
      new Uint8Array(8),
      'application/octet-stream',
      400,
    ],
    ['a negative sequence number', -1, new Uint8Array(8), 'application/octet-stream', 400],
    [
      'a negative recorder start',
      '0&sinceStartMs=-5',
      new Uint8Array(8),
      'application/octet-stream',
      400,
    ],
    [
      'a recorder start that is not a number',
      '0&sinceStartMs=x',
      new Uint8Array(8),
      'application/octet-stream',
      400,
    ],
    ['a first chunk that is not the first', 1, new Uint8Array(8), 'application/octet-stream', 409],
  ] as const)('refuses %s and starts no recording', async (_case, seq, bytes, type, status) => {
    const response = await upload(app, 'ev051', seq, bytes, people.producer, type);
    expectStatus(response, status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const recording = RecordingSchema.parse(
      (await app().inject('/api/events/ev051/recording')).json(),
    );
    expect(recording.status).toBe('none');
  });

  it('refuses to finish a recording that has no chunk, and answers 404 for unknown events', async () => {
    const response = await finish(app, 'ev051', people.producer);
    expect(response.statusCode).toBe(409);
    expect(ProblemSchema.parse(response.json()).title).toBe('Nothing recorded');
    expect((await app().inject('/api/events/ev9999/recording')).statusCode).toBe(404);
  });
});

describe('a recording that ffmpeg cannot remux', () => {
  it('is kept playable as it was uploaded, and its status says it cannot seek', async () => {
    const people = await forumActors(broken(), 'ev052');
    for (const [seq, chunk] of chunksOf(raw, 100_000).entries()) {
      expect((await upload(broken, 'ev052', seq, chunk, people.producer)).statusCode).toBe(200);
    }
    const response = await finish(broken, 'ev052', people.producer);
    expectStatus(response, 200);
    const recording = RecordingSchema.parse(response.json());
    expect(recording).toMatchObject({ status: 'ready', remuxed: false, durationSeconds: null });
    expect(recording.notice).toContain('could not be made seekable');
    const served = await broken().inject(recording.url ?? '');
    expect(Buffer.compare(served.rawPayload, raw)).toBe(0);
  });
});
