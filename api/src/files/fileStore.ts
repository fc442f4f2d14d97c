/**
 * Stores uploaded bytes and finds stored ones. An upload is streamed to a temporary file with a
 * size limit, its real type is read from its bytes, and only then is it moved into place; any
 * failure removes the temporary file, so a partial or refused upload leaves nothing behind. An
 * upload that stops short (the connection dropped, the form ended mid-file) is the sender's
 * doing, refused with 400; only a failing disk is ours. Demo media live in the assets package
 * and are addressed as `assets:<path>`.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { resolveAssetPath } from '@salon/assets/media';
import { fileTypeFromFile } from 'file-type';
import { HttpProblem } from '../plugins/problems.ts';
import { EXTENSIONS, UPLOAD_RULES, formatMegabytes, type FilePurpose } from './uploadRules.ts';

export interface StoredUpload {
  storageKey: string;
  contentType: string;
  sizeBytes: number;
  /** Call when the database refused the upload's row: removes the bytes again. */
  discard(): Promise<void>;
}

export interface FileStore {
  save(
    purpose: FilePurpose,
    stream: Readable & { truncated?: boolean },
    declaredType: string,
  ): Promise<StoredUpload>;
  absolutePath(storageKey: string): string;
  remove(storageKey: string): Promise<void>;
}

async function sniffVtt(file: string): Promise<string | undefined> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(16), 0, 16, 0);
    const head = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    return head.startsWith('WEBVTT') ? 'text/vtt' : undefined;
  } finally {
    await handle.close();
  }
}

/** The file did not arrive whole; also for a request whose connection closed before it was read. */
export function uploadInterrupted(): HttpProblem {
  return new HttpProblem(
    400,
    'upload-interrupted',
    'Upload interrupted',
    'The file did not arrive whole: the connection dropped or the form ended early. Send it again.',
  );
}

/** Writes `source` to a new `file`, telling a source that stopped short from a failing disk. */
async function receive(source: Readable, file: string): Promise<void> {
  const target = createWriteStream(file, { flags: 'wx' });
  // Whichever side fails first is the cause: pipeline then destroys the other with its error.
  let failedFirst: 'source' | 'target' | undefined = source.destroyed ? 'source' : undefined;
  const stoppedShort = () => {
    if (!source.readableEnded) failedFirst ??= 'source';
  };
  source.once('error', stoppedShort).once('close', stoppedShort);
  target.once('error', () => (failedFirst ??= 'target'));
  try {
    await pipeline(source, target);
  } catch (error) {
    throw failedFirst === 'source' ? uploadInterrupted() : error;
  }
}

function refuse(status: number, title: string, detail: string): HttpProblem {
  return new HttpProblem(
    status,
    status === 413 ? 'payload-too-large' : 'unsupported-media-type',
    title,
    detail,
  );
}

export function createFileStore(uploadsDir: string): FileStore {
  return {
    async save(purpose, stream, declaredType) {
      const rule = UPLOAD_RULES[purpose];
      await mkdir(uploadsDir, { recursive: true });
      const temporary = path.join(uploadsDir, `.upload-${randomUUID()}`);
      try {
        await receive(stream, temporary);
        if (stream.truncated) {
          throw refuse(
            413,
            'File too large',
            `Upload at most ${formatMegabytes(rule.maxBytes)} as ${rule.describe}.`,
          );
        }
        const detected =
          purpose === 'captions'
            ? await sniffVtt(temporary)
            : (await fileTypeFromFile(temporary))?.mime;
        const allowed: readonly string[] = rule.types;
        if (!detected || !allowed.includes(detected)) {
          throw refuse(
            415,
            'Wrong kind of file',
            `This file is not ${rule.describe}. Choose ${rule.describe}.`,
          );
        }
        const generic = ['application/octet-stream', ''].includes(declaredType);
        if (!generic && declaredType !== detected) {
          throw refuse(
            415,
            'File type does not match',
            `The file says it is ${declaredType}, but its contents are ${detected}. Upload the original file.`,
          );
        }
        const name = `${randomUUID()}.${EXTENSIONS[detected] ?? 'bin'}`;
        const final = path.join(uploadsDir, name);
        await rename(temporary, final);
        const { size } = await stat(final);
        return {
          storageKey: `uploads:${name}`,
          contentType: detected,
          sizeBytes: size,
          discard: () => rm(final, { force: true }),
        };
      } finally {
        await rm(temporary, { force: true });
      }
    },
    absolutePath(storageKey) {
      const [store, relative = ''] = storageKey.split(/:(.*)/s);
      if (store === 'assets') return resolveAssetPath(relative);
      if (store === 'uploads' && /^[0-9a-f-]{36}\.[a-z0-9]{2,5}$/.test(relative)) {
        return path.join(uploadsDir, relative);
      }
      throw new Error(`Unknown storage key ${storageKey}`);
    },
    async remove(storageKey) {
      if (storageKey.startsWith('uploads:'))
        await rm(this.absolutePath(storageKey), { force: true });
    },
  };
}
