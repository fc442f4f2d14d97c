/** Status assertions for `inject` responses that show the problem body when they fail. */
import { expect } from 'vitest';

interface Response {
  statusCode: number;
  body: string;
}

export function expectStatus(response: Response, status: number): void {
  expect({
    status: response.statusCode,
    body: response.statusCode === status ? null : response.body,
  }).toEqual({ status, body: null });
}

export function expectSuccess(response: Response): void {
  expect(response.statusCode < 300 ? 'success' : response.body).toBe('success');
}
