/** Game-server settings from the environment; defaults suit `npm start` on one machine. */
import { z } from 'zod';

const EnvSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  GAME_PORT: z.coerce.number().int().min(0).max(65535).default(2567),
  SALON_API_URL: z.url().default('http://127.0.0.1:3000'),
});

export type GameConfig = z.infer<typeof EnvSchema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): GameConfig {
  return EnvSchema.parse(env);
}
