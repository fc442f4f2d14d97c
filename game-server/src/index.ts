/** @salon/game-server as a library, for tests and benchmarks that start it in-process. */
export { createGameServer } from './app.config.ts';
export { readConfig } from './config.ts';
export type { GameConfig } from './config.ts';
