/**
 * The file store on its own: what arrives whole is moved into place; a stream that stops short
 * is refused as the sender's doing (400) and leaves no temporary file; a failing disk stays ours.
 */
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PNG_BYTES } from '../../test/actors.ts';
import { HttpProblem } from '../plugins/problems.ts';
import { createFileStore } from './fileStore.ts';

async function emptyStore() {
  const dir = await mkdtemp(path.join(tmpdir(), 'salon-file-store-'));
  return { dir, store: createFileStore(dir) };
}

/** A PNG whose bytes stop after the first chunk with `error`, as a dropped connection's do. */
function cutShort(error: Error): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (sent) this.destroy(error);
      else this.push(Buffer.from(PNG_BYTES));
      sent = true;
    },
  });
}

describe('createFileStore', () => {
  it('moves a file that arrived whole into place under its real type', async () => {
    const { dir, store } = await emptyStore();
    const stored = await store.save('logo', Readable.from([Buffer.from(PNG_BYTES)]), 'image/png');
    expect(stored).toMatchObject({ contentType: 'image/png', sizeBytes: PNG_BYTES.length });
    expect(await readdir(dir)).toEqual([stored.storageKey.replace('uploads:', '')]);
  });

  it('refuses a stream that stops short with 400 and keeps nothing', async () => {
    const { dir, store } = await emptyStore();
    const saving = store.save('logo', cutShort(new Error('aborted')), 'image/png');
    await expect(saving).rejects.toMatchObject({ status: 400, slug: 'upload-interrupted' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a stream already destroyed before it was read', async () => {
    const { dir, store } = await emptyStore();
    const gone = Readable.from([Buffer.from(PNG_BYTES)]);
    gone.destroy();
    await expect(store.save('logo', gone, 'image/png')).rejects.toMatchObject({ status: 400 });
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps a disk that cannot take the file a server error, not the sender’s', async () => {
    // No file can be created in /proc/self, even by root.
    const store = createFileStore('/proc/self');
    const saving = store.save('logo', Readable.from([Buffer.from(PNG_BYTES)]), 'image/png');
    await expect(saving).rejects.toThrow();
    await expect(saving).rejects.not.toBeInstanceOf(HttpProblem);
  });
});
