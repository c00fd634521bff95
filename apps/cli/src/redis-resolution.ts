import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { TensionError, redactUrl } from '@tension/core';
import { Redis } from 'ioredis';

/** Where the system's Redis came from (PRODUCT §3). */
export interface ResolvedRedis {
  url: string;
  source: 'REDIS_URL' | 'local' | 'private';
  /** Stops the private redis-server, if we started one. */
  stop(): Promise<void>;
}

export interface ResolveOptions {
  redisUrl: string | undefined;
  /** Folder for the private server's data (AOF). */
  dataDir: string;
  /** The default local Redis to try when REDIS_URL is unset. */
  localUrl?: string;
  redisServerBin?: string;
}

/** No Redis could be found or started; the message says how to get one. */
export class RedisNotFoundError extends TensionError {
  constructor(message: string, cause?: unknown) {
    super('redis_not_found', message, { cause });
  }
}

/** True when a Redis at `url` answers PING within `timeoutMs`. */
export async function redisAnswers(url: string, timeoutMs = 1_000): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function onPath(bin: string): boolean {
  return spawnSync(bin, ['--version'], { stdio: 'ignore' }).status === 0;
}

const HOW_TO_GET_REDIS =
  'Install Redis (Debian/Ubuntu: `sudo apt-get install redis-server`; macOS: `brew install redis`) ' +
  'or start the one in docker-compose.yml with `docker compose up -d redis` and set REDIS_URL=redis://127.0.0.1:6379, then run this command again.';

async function startPrivate(bin: string, dataDir: string): Promise<ResolvedRedis> {
  const dir = resolve(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const child: ChildProcess = spawn(
    bin,
    ['--bind', '127.0.0.1', '--port', String(port), '--dir', dir, '--appendonly', 'yes', '--save', '',
      '--maxmemory-policy', 'noeviction', '--logfile', join(dir, 'redis.log'), '--daemonize', 'no'],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await redisAnswers(url, 200)) {
      return {
        url,
        source: 'private',
        async stop() {
          child.kill('SIGTERM');
          await exited;
        },
      };
    }
    if (child.exitCode !== null) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill('SIGKILL');
  throw new RedisNotFoundError(`Started ${bin} but it did not answer on ${url}; see ${join(dir, 'redis.log')}. ${HOW_TO_GET_REDIS}`);
}

/**
 * PRODUCT §3: REDIS_URL if set; else 127.0.0.1:6379 if it answers; else a
 * private redis-server from the PATH on a free port with AOF data under
 * `dataDir`; else a clear message saying how to get Redis.
 */
export async function resolveRedis(options: ResolveOptions): Promise<ResolvedRedis> {
  const none = async () => undefined;
  if (options.redisUrl) {
    if (await redisAnswers(options.redisUrl, 3_000)) return { url: options.redisUrl, source: 'REDIS_URL', stop: none };
    throw new RedisNotFoundError(`REDIS_URL is set to ${redactUrl(options.redisUrl)} but nothing answers there. Start that Redis, fix REDIS_URL, or unset it to let Tension Monitor find or start one.`);
  }
  const localUrl = options.localUrl ?? 'redis://127.0.0.1:6379';
  if (await redisAnswers(localUrl)) return { url: localUrl, source: 'local', stop: none };
  const bin = options.redisServerBin ?? 'redis-server';
  if (onPath(bin)) return startPrivate(bin, options.dataDir);
  throw new RedisNotFoundError(
    `Tension Monitor needs Redis and found none: REDIS_URL is not set, nothing answers on ${localUrl}, and ${bin} is not on the PATH. ${HOW_TO_GET_REDIS}`,
  );
}
