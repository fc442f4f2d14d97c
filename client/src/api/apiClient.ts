/**
 * Fetches from the api and parses every response with the shared schema, so the UI only ever
 * sees data of the shape it expects. Errors carry the api's problem detail, a sentence a
 * person can act on.
 */
import { ProblemSchema } from '@salon/shared';
import type { z } from 'zod';

export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

type QueryValue = string | number | undefined | null;

export function apiPath(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

export async function getJson<Schema extends z.ZodType>(
  url: string,
  schema: Schema,
  signal?: AbortSignal,
): Promise<z.infer<Schema>> {
  return requestJson(url, schema, { signal: signal ?? null }, {});
}

/** POSTs a JSON body; the answer is parsed like any other response. */
export async function postJson<Schema extends z.ZodType>(
  url: string,
  body: unknown,
  schema: Schema,
  signal?: AbortSignal,
): Promise<z.infer<Schema>> {
  return requestJson(
    url,
    schema,
    { method: 'POST', body: JSON.stringify(body), signal: signal ?? null },
    { 'content-type': 'application/json' },
  );
}

async function requestJson<Schema extends z.ZodType>(
  url: string,
  schema: Schema,
  init: Omit<RequestInit, 'headers'>,
  headers: Record<string, string>,
): Promise<z.infer<Schema>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { accept: 'application/json', ...headers } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = ProblemSchema.safeParse(body);
    throw new ApiError(
      response.status,
      problem.success ? problem.data.detail : response.statusText,
    );
  }
  return schema.parse(body);
}
