import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/apiClient.ts';
import { ChunkUploader, expectedSeqOf, type SendChunk } from './chunkUploader.ts';

const blob = (text: string) => new Blob([text]);
const noWait = { wait: () => Promise.resolve() };

/** A fake api holding chunks as the real one does: in order, duplicates ignored. */
function fakeApi(held: string[] = []) {
  const calls: number[] = [];
  let failNext = 0;
  const send: SendChunk = async (seq, chunk) => {
    calls.push(seq);
    if (failNext > 0) {
      failNext -= 1;
      throw new ApiError(0, 'network');
    }
    if (seq > held.length)
      throw new ApiError(409, `Expected chunk ${held.length}; send …`, [], 'chunk-out-of-order');
    const duplicate = seq < held.length;
    if (!duplicate) held.push(await chunk.text());
    return { nextSeq: held.length, sizeBytes: held.join('').length, duplicate };
  };
  return { send, held, calls, failOnce: (times = 1) => (failNext = times) };
}

describe('ChunkUploader', () => {
  it('sends chunks in order, numbered from 0', async () => {
    const api = fakeApi();
    const uploader = new ChunkUploader(api.send, noWait);
    for (const text of ['a', 'b', 'c']) uploader.push(blob(text));
    await uploader.flush();
    expect(api.held).toEqual(['a', 'b', 'c']);
    expect(api.calls).toEqual([0, 1, 2]);
    expect(uploader.status).toMatchObject({ sent: 3, queued: 0, sizeBytes: 3, stopped: null });
  });

  it('sends a failed chunk again with the same number before the next', async () => {
    const api = fakeApi();
    const delays: number[] = [];
    const uploader = new ChunkUploader(api.send, {
      wait: () => Promise.resolve(),
      retryDelay: (attempt) => {
        delays.push(attempt);
        return 0;
      },
    });
    uploader.push(blob('a'));
    await uploader.flush();
    api.failOnce(2);
    uploader.push(blob('b'));
    uploader.push(blob('c'));
    await uploader.flush();
    expect(api.held).toEqual(['a', 'b', 'c']);
    expect(api.calls).toEqual([0, 1, 1, 1, 2]);
    expect(delays).toEqual([0, 1]);
  });

  it('continues after the chunks an earlier studio left there', async () => {
    const api = fakeApi(['x', 'y']);
    const uploader = new ChunkUploader(api.send, noWait);
    uploader.push(blob('a'));
    uploader.push(blob('b'));
    await uploader.flush();
    expect(api.held).toEqual(['x', 'y', 'a', 'b']);
  });

  it('follows the number the api expects after a refusal for order', async () => {
    const held = ['x'];
    const api = fakeApi(held);
    let first = true;
    const uploader = new ChunkUploader(async (seq, chunk) => {
      if (first) {
        first = false;
        return api.send(5, chunk);
      }
      return api.send(seq, chunk);
    }, noWait);
    uploader.push(blob('a'));
    await uploader.flush();
    expect(held).toEqual(['x', 'a']);
  });

  it('stops for good when the api refuses for another reason', async () => {
    const uploader = new ChunkUploader(
      () => Promise.reject(new ApiError(409, 'finished', [], 'recording-finished')),
      noWait,
    );
    uploader.push(blob('a'));
    await uploader.flush();
    uploader.push(blob('b'));
    expect(uploader.status.stopped?.problem).toBe('recording-finished');
    expect(uploader.status.queued).toBe(1);
  });

  it('skips empty chunks', async () => {
    const api = fakeApi();
    const uploader = new ChunkUploader(api.send, noWait);
    uploader.push(new Blob([]));
    await uploader.flush();
    expect(api.calls).toEqual([]);
  });
});

describe('expectedSeqOf', () => {
  it('reads the expected number from the api’s sentence', () => {
    expect(expectedSeqOf(new ApiError(409, 'Expected chunk 12; send the chunks'))).toBe(12);
    expect(expectedSeqOf(new ApiError(409, 'Something else'))).toBeNull();
  });
});
