import { defineConfig } from 'vitest/config';

// Browser tests: the whole stack runs as real processes and Chromium drives the built client.
// One file at a time: two Chromiums and the stack already fill a 2-core machine.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['./e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
