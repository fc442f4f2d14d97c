/**
 * One real api (PGlite with the demo fair) for every room test file: booting PostgreSQL-in-WASM
 * costs seconds of CPU, while each file's own game server costs almost nothing. Files only read
 * layouts and create guest sessions (30 a minute from one address: files share that budget).
 */
import type { TestProject } from 'vitest/node';
import { startApi, type RunningApi } from './startApi.ts';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
  }
}

let api: RunningApi | undefined;

export async function setup(project: TestProject): Promise<void> {
  api = await startApi(TEST_SECRET);
  project.provide('apiUrl', api.url);
}

export async function teardown(): Promise<void> {
  await api?.close();
}
