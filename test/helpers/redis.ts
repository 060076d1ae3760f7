import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The redis-server binary: REDIS_SERVER when set (only that one), else the usual places; undefined when there is none. */
export function findRedisServer(): string | undefined {
  const chosen = process.env.REDIS_SERVER?.trim();
  const candidates = chosen ? [chosen] : ['redis-server', '/usr/bin/redis-server', '/usr/local/bin/redis-server'];
  for (const candidate of candidates) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore', timeout: 5000 });
      return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/**
 * Whether the Redis tests can run. In CI (CI=true) a missing redis-server is a failure, never a skip:
 * the caller gets an error to throw. Elsewhere the tests skip with a message saying how to run them.
 */
export function redisAvailability(): { available: true; binary: string } | { available: false; reason: string; mustRun: boolean } {
  const binary = findRedisServer();
  if (binary) return { available: true, binary };
  const mustRun = process.env.CI === 'true';
  return {
    available: false,
    mustRun,
    reason: mustRun
      ? 'CI=true but no redis-server was found: the Redis tests must run in CI (.ci/run installs redis-server)'
      : 'skipping the Redis tests: no redis-server found (apt-get install -y redis-server, or set REDIS_SERVER=/path/to/redis-server)',
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Sends PING on a fresh connection; true when the server answers PONG. */
async function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/**
 * Sends commands on one fresh connection, pipelined (so AUTH applies to the ones after it), and
 * resolves to their replies. For commands with one-line replies (+OK, -ERR, :1).
 */
export async function redisCommands(port: number, ...commands: string[][]): Promise<string[]> {
  const payload = commands.map((args) => `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`).join('');
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let received = '';
    socket.setTimeout(2000, () => {
      socket.destroy();
      reject(new Error(`no reply to ${commands.map((c) => c[0]).join(', ')} (got ${JSON.stringify(received)})`));
    });
    socket.on('error', reject);
    socket.on('connect', () => socket.write(payload));
    socket.on('data', (data) => {
      received += data.toString();
      const lines = received.split('\r\n').filter(Boolean);
      if (lines.length >= commands.length) {
        socket.destroy();
        resolve(lines.slice(0, commands.length));
      }
    });
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A redis-server of the test's own on 127.0.0.1, which the test may stop, start, pause and resume. */
export interface TestRedis {
  port: number;
  url: string;
  /** Stops the server (SIGTERM) and waits until the port is closed. */
  stop(): Promise<void>;
  /** Starts it again on the same port (empty: nothing is persisted). */
  start(): Promise<void>;
  /** Freezes the process (SIGSTOP): connections stay open but nothing answers — a slow backend. */
  pause(): void;
  resume(): void;
  /** Stops the server for good and removes its working folder. */
  dispose(): Promise<void>;
}

export async function startRedis(binary = findRedisServer()): Promise<TestRedis> {
  if (!binary) throw new Error('no redis-server binary');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'storyline-redis-'));
  let child: ChildProcess | undefined;
  let output = '';

  const start = async () => {
    output = '';
    const proc = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--loglevel', 'warning'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proc.stdout?.on('data', (d) => (output += d));
    proc.stderr?.on('data', (d) => (output += d));
    child = proc;
    let exited = false;
    proc.on('exit', () => (exited = true));
    await waitFor(async () => {
      if (exited) throw new Error(`redis-server exited on start:\n${output}`);
      return ping(port);
    }, `redis-server on port ${port}`);
  };

  const stop = async () => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill('SIGCONT');
    proc.kill('SIGTERM');
    await exited;
    await waitFor(async () => !(await ping(port)), `port ${port} to close`);
  };

  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    start,
    async stop() {
      await stop();
    },
    pause() {
      child?.kill('SIGSTOP');
    },
    resume() {
      child?.kill('SIGCONT');
    },
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
