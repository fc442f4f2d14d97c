/** Game-server settings from the environment; defaults suit `npm start` on one machine. */
import { z } from 'zod';

/** Env flags are strings: only "false"/"0"/"off" turn one off. */
const Flag = z
  .enum(['true', 'false', '1', '0', 'on', 'off'])
  .transform((value) => value === 'true' || value === '1' || value === 'on');

const EnvSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  GAME_PORT: z.coerce.number().int().min(0).max(65535).default(2567),
  SALON_API_URL: z.url().default('http://127.0.0.1:3000'),
  /** Verifies the session tokens the api signs; the same secret as the api's. */
  SALON_SESSION_SECRET: z.string().min(32, 'SALON_SESSION_SECRET must be at least 32 characters'),
  /** Visitors per hall room; past it, joinOrCreate opens another room of the same hall. */
  HALL_MAX_CLIENTS: z.coerce.number().int().min(1).max(2000).default(250),
  /** Seconds a dropped visitor's avatar waits for them to reconnect. */
  HALL_RECONNECT_SECONDS: z.coerce.number().min(0).max(600).default(20),
  /** Interest management; off sends every avatar to everyone (benchmark comparison only). */
  HALL_INTEREST: Flag.default(true),
});

export type GameConfig = z.infer<typeof EnvSchema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): GameConfig {
  return EnvSchema.parse(env);
}
