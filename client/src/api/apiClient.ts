/**
 * Fetches from the api and parses every response with the shared schema, so the UI only ever
 * sees data of the shape it expects. Errors carry the api's problem detail, a sentence a
 * person can act on.
 */
import { ProblemSchema, type Problem } from '@salon/shared';
import type { z } from 'zod';

export class ApiError extends Error {
  readonly status: number;
  /** Per-field messages of a refused request (`body.name.en`…), for forms to show in place. */
  readonly errors: NonNullable<Problem['errors']>;
  /**
   * The problem's kind, the last part of its `type` (`webinar-ended`, `live-unavailable`): what
   * a caller branches on when one status has several meanings. Empty when the api gave none.
   */
  readonly problem: string;
  constructor(status: number, message: string, errors: Problem['errors'] = [], problem = '') {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.errors = errors;
    this.problem = problem;
  }
}

/** `https://salon.example/problems/webinar-ended` → `webinar-ended`. */
export function problemSlug(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
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

export interface RequestOptions {
  signal?: AbortSignal | undefined;
  /** The session token, for routes that act for a user. */
  token?: string | undefined;
}

export async function getJson<Schema extends z.ZodType>(
  url: string,
  schema: Schema,
  options: RequestOptions = {},
): Promise<z.infer<Schema>> {
  return requestJson(url, schema, {}, options);
}

/** POSTs a JSON body; the answer is parsed like any other response. */
export async function postJson<Schema extends z.ZodType>(
  url: string,
  body: unknown,
  schema: Schema,
  options: RequestOptions = {},
): Promise<z.infer<Schema>> {
  return sendJson('POST', url, body, schema, options);
}

/** Sends a JSON body with any method (PATCH, PUT, DELETE…). A 204 answer parses as null. */
export async function sendJson<Schema extends z.ZodType>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body: unknown,
  schema: Schema,
  options: RequestOptions = {},
): Promise<z.infer<Schema>> {
  return requestJson(
    url,
    schema,
    {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
    },
    options,
  );
}

async function requestJson<Schema extends z.ZodType>(
  url: string,
  schema: Schema,
  init: { method?: string; body?: BodyInit; headers?: Record<string, string> },
  options: RequestOptions,
): Promise<z.infer<Schema>> {
  let response: Response;
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  try {
    response = await fetch(url, { ...init, headers, signal: options.signal ?? null });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network');
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const problem = ProblemSchema.safeParse(body);
    throw new ApiError(
      response.status,
      problem.success ? problem.data.detail : response.statusText,
      problem.success ? problem.data.errors : [],
      problem.success ? problemSlug(problem.data.type) : '',
    );
  }
  return schema.parse(body);
}
