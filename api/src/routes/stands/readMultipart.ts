/**
 * Reads a multipart upload: the text fields sent before the file, and the file itself as a
 * stream, with the size limit of its purpose. Anything but multipart is refused with 415, and a
 * request whose connection has already closed with 400. An upload the route does not keep (a
 * retry of one already stored) is read to its end all the same: answering while the browser is
 * still sending would cut its connection, and it would see a network error instead of the answer.
 */
import { finished } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { uploadInterrupted } from '../../files/fileStore.ts';
import { HttpProblem } from '../../plugins/problems.ts';
import { UPLOAD_RULES, type FilePurpose } from '../../files/uploadRules.ts';

export interface MultipartUpload {
  file: MultipartFile;
  fields: Record<string, string>;
}

export async function readMultipart(
  request: FastifyRequest,
  purpose: FilePurpose,
): Promise<MultipartUpload> {
  if (!request.isMultipart()) {
    throw new HttpProblem(
      415,
      'unsupported-media-type',
      'Send a file',
      'Upload the file as multipart/form-data, with its text fields before the file.',
    );
  }
  // A client that left while the route was still checking its rights has a request already
  // closed: @fastify/multipart would wait for its 'close' event forever, holding the handler.
  if (request.raw.destroyed) throw uploadInterrupted();
  const file = await request.file({
    limits: { fileSize: UPLOAD_RULES[purpose].maxBytes, files: 1, fields: 10, fieldSize: 4000 },
    throwFileSizeLimit: false,
  });
  if (!file) {
    throw new HttpProblem(
      400,
      'bad-request',
      'No file',
      'The form had no file in it. Choose a file and send it again.',
    );
  }
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(file.fields)) {
    const part = Array.isArray(value) ? value[0] : value;
    if (part && part.type === 'field' && typeof part.value === 'string') fields[name] = part.value;
  }
  return { file, fields };
}

/** Reads the file to its end and keeps none of it. */
export async function skipFile(file: MultipartFile): Promise<void> {
  file.file.resume();
  try {
    await finished(file.file);
  } catch {
    throw uploadInterrupted();
  }
}
