/**
 * Uploads one file as multipart/form-data with progress, which fetch cannot report for request
 * bodies: XMLHttpRequest's upload events can. Text fields go BEFORE the file, because the api
 * reads them while the file is still streaming in. The answer is parsed with its shared schema;
 * a refusal becomes an ApiError with the api's sentence (413 and 415 say what to upload).
 */
import { ProblemSchema } from '@salon/shared';
import type { z } from 'zod';
import { ApiError } from './apiClient.ts';

export interface UploadRequest {
  method: 'POST' | 'PUT';
  url: string;
  token: string;
  /** Sent in this order, before the file. */
  fields?: Readonly<Record<string, string>>;
  file: Blob;
  fileName: string;
  /** Sent as `Idempotency-Key`: the same on every retry of one upload, so it is stored once. */
  idempotencyKey?: string;
  /** Called with 0…1 as the bytes leave the browser. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export function uploadWithProgress<Schema extends z.ZodType>(
  request: UploadRequest,
  schema: Schema,
): Promise<z.infer<Schema>> {
  return new Promise((resolve, reject) => {
    const abortError = () => new DOMException('The upload was cancelled', 'AbortError');
    if (request.signal?.aborted) {
      reject(abortError());
      return;
    }
    const form = new FormData();
    for (const [name, value] of Object.entries(request.fields ?? {})) form.append(name, value);
    form.append('file', request.file, request.fileName);

    const xhr = new XMLHttpRequest();
    xhr.open(request.method, request.url);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('authorization', `Bearer ${request.token}`);
    if (request.idempotencyKey) xhr.setRequestHeader('idempotency-key', request.idempotencyKey);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        request.onProgress?.(event.loaded / event.total);
    };
    const onAbort = () => xhr.abort();
    request.signal?.addEventListener('abort', onAbort, { once: true });
    const settle = () => request.signal?.removeEventListener('abort', onAbort);

    xhr.onabort = () => {
      settle();
      reject(abortError());
    };
    xhr.onerror = () => {
      settle();
      reject(new ApiError(0, 'network'));
    };
    xhr.onload = () => {
      settle();
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = schema.safeParse(body);
        if (parsed.success) resolve(parsed.data);
        else reject(parsed.error);
        return;
      }
      const problem = ProblemSchema.safeParse(body);
      reject(
        new ApiError(
          xhr.status,
          problem.success ? problem.data.detail : xhr.statusText,
          problem.success ? problem.data.errors : [],
        ),
      );
    };
    xhr.send(form);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
