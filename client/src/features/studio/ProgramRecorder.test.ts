import type { Recording } from '@salon/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_CHUNK_MIN_BYTES, ProgramRecorder, type RecordingApi } from './ProgramRecorder.ts';

/** MediaRecorder as far as the recorder uses it; `emit` hands it a chunk as the browser would. */
class FakeMediaRecorder extends EventTarget {
  static latest: FakeMediaRecorder | null = null;
  static isTypeSupported = () => true;
  state: RecordingState = 'inactive';
  timeslice: number | undefined;
  constructor() {
    super();
    FakeMediaRecorder.latest = this;
  }
  start(timeslice?: number) {
    this.state = 'recording';
    this.timeslice = timeslice;
  }
  stop() {
    this.emit('last');
    this.state = 'inactive';
    this.dispatchEvent(new Event('stop'));
  }
  emit(text: string) {
    this.dispatchEvent(Object.assign(new Event('dataavailable'), { data: new Blob([text]) }));
  }
}

function fakeApi() {
  const sent: Array<{ seq: number; sinceStartMs: number | undefined }> = [];
  const chunks: Blob[] = [];
  const api: RecordingApi = {
    sendChunk: (_eventId, seq, chunk, sinceStartMs) => {
      sent.push({ seq, sinceStartMs });
      chunks.push(chunk);
      return Promise.resolve({ nextSeq: seq + 1, sizeBytes: 0, duplicate: false });
    },
    finish: () => Promise.resolve({ status: 'ready' } as Recording),
  };
  return { api, sent, chunks };
}

/** A blob of `size` bytes that starts with `text`. */
const sized = (text: string, size = FIRST_CHUNK_MIN_BYTES) => text.padEnd(size, '.');

describe('ProgramRecorder', () => {
  let now = 0;
  beforeEach(() => {
    vi.stubGlobal('MediaRecorder', FakeMediaRecorder);
    vi.spyOn(performance, 'now').mockImplementation(() => now);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('tells the api with the first chunk how long ago the recorder started, and only then', async () => {
    const { api, sent } = fakeApi();
    now = 10_000;
    const recorder = new ProgramRecorder('ev001', {} as MediaStream, api);
    now = 10_500;
    recorder.start();
    const media = FakeMediaRecorder.latest;
    now = 12_750;
    media?.emit(sized('first'));
    now = 14_750;
    media?.emit(sized('second'));
    await recorder.finish();
    expect(sent).toEqual([
      { seq: 0, sinceStartMs: 2250 },
      { seq: 1, sinceStartMs: undefined },
      { seq: 2, sinceStartMs: undefined },
    ]);
    expect(recorder.status.phase).toBe('ready');
  });

  it('holds back a first slice cut inside the WebM header until the header is whole', async () => {
    const { api, sent, chunks } = fakeApi();
    const recorder = new ProgramRecorder('ev001', {} as MediaStream, api);
    recorder.start();
    const media = FakeMediaRecorder.latest;
    // Chromium: the first frame came after the first slice, which got one byte of the header.
    media?.emit('\x1a');
    await Promise.resolve();
    expect(sent).toEqual([]);
    media?.emit(sized('E\xdf\xa3 rest of the header and the first frame'));
    media?.emit(sized('a cluster'));
    await recorder.finish();
    expect(sent.map((each) => each.seq)).toEqual([0, 1, 2]);
    const first = await chunks[0]?.text();
    expect(first?.startsWith('\x1aE\xdf\xa3 rest of the header')).toBe(true);
    expect(await chunks[1]?.text()).toBe(sized('a cluster'));
  });

  it('sends a recording too short to fill the first chunk when it finishes', async () => {
    const { api, sent, chunks } = fakeApi();
    const recorder = new ProgramRecorder('ev001', {} as MediaStream, api);
    recorder.start();
    FakeMediaRecorder.latest?.emit('short');
    await recorder.finish();
    expect(sent.map((each) => each.seq)).toEqual([0]);
    expect(await chunks[0]?.text()).toBe('shortlast');
    expect(recorder.status.phase).toBe('ready');
  });

  it('records in slices, so that no chunk grows past what the api takes', () => {
    const recorder = new ProgramRecorder('ev001', {} as MediaStream, fakeApi().api);
    recorder.start();
    expect(FakeMediaRecorder.latest?.timeslice).toBeGreaterThan(0);
    expect(FakeMediaRecorder.latest?.timeslice).toBeLessThanOrEqual(5000);
  });
});
