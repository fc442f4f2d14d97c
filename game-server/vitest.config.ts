import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./test/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Room tests mostly wait for avatars to walk in real time, so files run side by side even
    // on two cores; each file starts its own game server on a free port.
    maxWorkers: 4,
  },
});
