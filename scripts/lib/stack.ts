/**
 * Starts Salon's services as separate processes, the way they run for real: the api (which
 * prepares the database), the game server, and the client (Vite dev server, or a preview of
 * the production build). `npm start` and the browser tests both start the stack through this.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLivekitServer } from './livekitServer.ts';
import { spawnService, stopServices, waitForHttp, type Service } from './services.ts';

export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name: string) => path.join(repositoryRoot, 'node_modules', '.bin', name);

export interface StackOptions {
  apiPort: number;
  gamePort: number;
  clientPort: number;
  dataDir: string;
  client: 'dev' | 'preview';
  /** Signs session tokens in the api; the game server verifies them with it. */
  sessionSecret: string;
  /**
   * A livekit-server binary to run for live video, or null to run without it. An optional one
   * that cannot start (a port taken, a broken binary) leaves live video off and the rest running.
   */
  livekit: {
    binary: string;
    ports?: { http: number; tcp: number; udp: number };
    optional?: boolean;
  } | null;
  echo: boolean;
  env?: Record<string, string>;
}

export interface RunningStack {
  appUrl: string;
  apiUrl: string;
  gameUrl: string;
  /** The LiveKit server's WebSocket URL, when one runs. */
  livekitUrl: string | null;
  log: string[];
  stop(): Promise<void>;
}

async function startLivekit(livekit: NonNullable<StackOptions['livekit']>) {
  try {
    return await startLivekitServer(livekit.binary, livekit.ports);
  } catch (error) {
    if (!livekit.optional) throw error;
    const reason = (error as Error).message.split('\n')[0] ?? '';
    console.log(`[salon] live video is off: livekit-server could not start (${reason})`);
    return null;
  }
}

export async function startStack(options: StackOptions): Promise<RunningStack> {
  const log: string[] = [];
  const services: Service[] = [];
  const livekit = options.livekit ? await startLivekit(options.livekit) : null;
  const host = '127.0.0.1';
  const apiUrl = `http://${host}:${options.apiPort}`;
  const gameUrl = `http://${host}:${options.gamePort}`;
  const appUrl = `http://localhost:${options.clientPort}`;
  const env = {
    HOST: host,
    API_PORT: String(options.apiPort),
    GAME_PORT: String(options.gamePort),
    SALON_DATA_DIR: options.dataDir,
    SALON_API_URL: apiUrl,
    SALON_GAME_URL: gameUrl,
    SALON_SESSION_SECRET: options.sessionSecret,
    ...(livekit
      ? {
          LIVEKIT_URL: livekit.url,
          LIVEKIT_API_KEY: livekit.apiKey,
          LIVEKIT_API_SECRET: livekit.apiSecret,
        }
      : {}),
    ...options.env,
  };
  try {
    const api = spawnService({
      name: 'api',
      command: bin('node'),
      args: ['src/server.ts'],
      cwd: path.join(repositoryRoot, 'api'),
      env,
      echo: options.echo,
      log,
    });
    services.push(api);
    await waitForHttp(`${apiUrl}/api/health`, api, 120_000);

    const game = spawnService({
      name: 'game',
      command: bin('node'),
      args: ['src/server.ts'],
      cwd: path.join(repositoryRoot, 'game-server'),
      env,
      echo: options.echo,
      log,
    });
    services.push(game);
    await waitForHttp(`${gameUrl}/health`, game, 60_000);

    const vite = bin('vite');
    const clientArgs = options.client === 'dev' ? [] : ['preview'];
    const client = spawnService({
      name: 'client',
      command: bin('node'),
      args: [
        vite,
        ...clientArgs,
        '--host',
        host,
        '--port',
        String(options.clientPort),
        '--strictPort',
      ],
      cwd: path.join(repositoryRoot, 'client'),
      env,
      echo: options.echo,
      log,
    });
    services.push(client);
    await waitForHttp(`http://${host}:${options.clientPort}/`, client, 120_000);
  } catch (error) {
    await stopServices(services);
    await livekit?.stop();
    const detail = log.slice(-40).join('\n');
    throw new Error(`${(error as Error).message}\n--- last output ---\n${detail}`, {
      cause: error,
    });
  }
  return {
    appUrl,
    apiUrl,
    gameUrl,
    livekitUrl: livekit?.url ?? null,
    log,
    stop: async () => {
      await stopServices(services);
      await livekit?.stop();
    },
  };
}
