import type { Recording } from '@salon/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgramRecorder, type RecordingApi } from './ProgramRecorder.ts';

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
  const api: RecordingApi = {
    sendChunk: (_eventId, seq, _chunk, sinceStartMs) => {
      sent.push({ seq, sinceStartMs });
      return Promise.resolve({ nextSeq: seq + 1, sizeBytes: 0, duplicate: false });
    },
    finish: () => Promise.resolve({ status: 'ready' } as Recording),
  };
  return { api, sent };
}

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
    media?.emit('first');
    now = 14_750;
    media?.emit('second');
    await recorder.finish();
    expect(sent).toEqual([
      { seq: 0, sinceStartMs: 2250 },
      { seq: 1, sinceStartMs: undefined },
      { seq: 2, sinceStartMs: undefined },
    ]);
    expect(recorder.status.phase).toBe('ready');
  });

  it('records in slices, so that no chunk grows past what the api takes', () => {
    const recorder = new ProgramRecorder('ev001', {} as MediaStream, fakeApi().api);
    recorder.start();
    expect(FakeMediaRecorder.latest?.timeslice).toBeGreaterThan(0);
    expect(FakeMediaRecorder.latest?.timeslice).toBeLessThanOrEqual(5000);
  });
});
