import { defineConfig } from 'vitest/config';

// Unit tests of client modules; the browser tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: { include: ['src/**/*.test.{ts,tsx}'], passWithNoTests: false },
});
