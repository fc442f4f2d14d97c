/**
 * Starts a real livekit-server on free loopback ports with its own API key pair, for tests,
 * benchmarks and the browser tests: the same binary `npm start` runs, never a mock.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';

export interface LivekitServer {
  /** WebSocket URL clients and server SDKs connect to. */
  url: string;
  apiKey: string;
  apiSecret: string;
  log: string[];
  stop(): Promise<void>;
}

function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('No free TCP port'));
      });
    });
  });
}

function tcpPortIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(
  httpUrl: string,
  exited: () => boolean,
  log: string[],
): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (exited())
      throw new Error(`livekit-server exited during start:\n${log.slice(-20).join('\n')}`);
    const ok = await fetch(httpUrl)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`livekit-server did not answer ${httpUrl} within 20 s`);
}

type Ports = { http: number; tcp: number; udp: number };

/** `ports` pins the HTTP/WebSocket, RTC TCP and RTC UDP ports (npm start); free ones otherwise. */
export async function startLivekitServer(binary: string, ports?: Ports): Promise<LivekitServer> {
  if (ports && !(await tcpPortIsFree(ports.http))) {
    // Something else answering there would pass for a ready server.
    throw new Error(`port ${String(ports.http)} is taken by another program`);
  }
  if (ports) return startOnce(binary, ports);
  // A free port can be taken by another process between our check and the server's bind.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startOnce(binary);
    } catch (error) {
      if (attempt === 3 || !/address already in use/.test((error as Error).message)) throw error;
    }
  }
}

async function startOnce(binary: string, ports?: Ports): Promise<LivekitServer> {
  const [port, tcpPort, udpPort] = ports
    ? [ports.http, ports.tcp, ports.udp]
    : [await freeTcpPort(), await freeTcpPort(), await freeUdpPort()];
  const apiKey = 'salon';
  const apiSecret = randomBytes(24).toString('base64url');
  const config = [
    `port: ${String(port)}`,
    'rtc:',
    `  tcp_port: ${String(tcpPort)}`,
    `  udp_port: ${String(udpPort)}`,
    '  use_external_ip: false',
    // A viewer's first picture waits for a keyframe, which the server asks the publisher for at
    // most once per throttle period (500 ms to 1 s by default): a webinar's audience arrives in
    // bursts around its start, so ask more often, at the cost of a few more keyframes then.
    '  pli_throttle:',
    '    low_quality: 200ms',
    '    mid_quality: 250ms',
    '    high_quality: 250ms',
    'keys:',
    `  ${apiKey}: ${apiSecret}`,
    'logging:',
    '  level: warn',
  ].join('\n');
  const log: string[] = [];
  const child = spawn(
    binary,
    ['--config-body', config, '--bind', '127.0.0.1', '--node-ip', '127.0.0.1'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      log.push(chunk.toString());
      if (log.length > 500) log.shift();
    });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitUntilReady(`http://127.0.0.1:${String(port)}/`, () => child.exitCode !== null, log);
  } catch (error) {
    // A server that never answered must not linger on the ports.
    if (child.exitCode === null) child.kill('SIGKILL');
    throw error;
  }
  return {
    url: `ws://127.0.0.1:${String(port)}`,
    apiKey,
    apiSecret,
    log,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
