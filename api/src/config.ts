/**
 * Settings read from the environment once, at start. Defaults make `npm start` work with no
 * configuration: an embedded database in the repository's `data/` folder, loopback ports.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { LivekitSettings } from './live/liveRooms.ts';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

const EnvSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.url().optional(),
  SALON_DATA_DIR: z.string().default(path.join(repositoryRoot, 'data')),
  /** Load the demo fair into an empty database ("off" for a real fair). */
  SALON_DEMO_FAIR: z
    .enum(['on', 'off'])
    .default('on')
    .transform((value) => value === 'on'),
  /** Shared with the game server, which verifies session tokens; at least 32 characters. */
  SALON_SESSION_SECRET: z.string().min(32).optional(),
  /** LiveKit for live video; without it the api answers live routes with 503. */
  LIVEKIT_URL: z.url({ protocol: /^wss?$/ }).optional(),
  LIVEKIT_PUBLIC_URL: z.url({ protocol: /^wss?$/ }).optional(),
  LIVEKIT_API_KEY: z.string().min(1).optional(),
  LIVEKIT_API_SECRET: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type ApiConfig = z.infer<typeof EnvSchema>;

export function livekitSettings(config: ApiConfig): LivekitSettings | null {
  const { LIVEKIT_URL: url, LIVEKIT_API_KEY: apiKey, LIVEKIT_API_SECRET: apiSecret } = config;
  if (!url || !apiKey || !apiSecret) return null;
  return { url, publicUrl: config.LIVEKIT_PUBLIC_URL ?? url, apiKey, apiSecret };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid environment for the Salon api:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
