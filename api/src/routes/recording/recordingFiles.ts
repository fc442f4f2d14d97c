/**
 * The bytes of a recording on disk: the part file chunks are written into, at the offset the
 * database says it has reached (so a retried chunk overwrites its own partial write), and the
 * finished file: the part remuxed into a seekable WebM, or, when ffmpeg fails, the part itself,
 * which plays from the start. Both live in the uploads folder under names the file store
 * accepts.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileStore } from '../../files/fileStore.ts';
import { ffmpegFailure, probeMedia, remuxWebm, type FfmpegPaths } from '../../files/remuxWebm.ts';
import type { WritePart } from './recordingRepository.ts';

export function newPartName(): string {
  return `${randomUUID()}.part`;
}

function partPath(store: FileStore, partName: string): string {
  return store.absolutePath(`uploads:${partName}`);
}

export function partWriter(store: FileStore): WritePart {
  return async (partName, position, bytes) => {
    const file = partPath(store, partName);
    if (position === 0) await mkdir(path.dirname(file), { recursive: true });
    const handle = await open(file, position === 0 ? 'w' : 'r+');
    try {
      await handle.write(bytes, 0, bytes.length, position);
      await handle.truncate(position + bytes.length);
    } finally {
      await handle.close();
    }
  };
}

export interface FinishedFile {
  storageKey: string;
  sizeBytes: number;
  durationSeconds: number | null;
  remuxed: boolean;
  notice: string | null;
  /** Why remuxing failed, for the log. */
  failure: unknown;
}

/** Turns the part file into the recording's file; never loses the uploaded bytes. */
export async function finishPart(
  store: FileStore,
  ffmpeg: FfmpegPaths,
  partName: string,
): Promise<FinishedFile> {
  const raw = partPath(store, partName);
  const name = `${randomUUID()}.webm`;
  const final = store.absolutePath(`uploads:${name}`);
  let failure: unknown = null;
  try {
    await remuxWebm(ffmpeg, raw, final);
    await rm(raw, { force: true });
  } catch (error) {
    failure = error;
    await rm(final, { force: true });
    await rename(raw, final);
  }
  const durationSeconds = await probeMedia(ffmpeg, final)
    .then((probe) => probe.durationSeconds)
    .catch(() => null);
  return {
    storageKey: `uploads:${name}`,
    sizeBytes: (await stat(final)).size,
    durationSeconds,
    remuxed: failure === null,
    notice:
      failure === null
        ? null
        : `The recording could not be made seekable (${ffmpegFailure(failure)}). It plays from the start; jumping to a chapter may not work.`,
    failure,
  };
}
