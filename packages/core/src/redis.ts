import { Redis, type RedisOptions } from 'ioredis';

/**
 * Connection for BullMQ workers and long-running loops: commands wait for a
 * reconnect instead of failing (BullMQ requires `maxRetriesPerRequest: null`).
 * https://docs.bullmq.io/guide/going-to-production
 */
export function createWorkerConnection(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    ...options,
  });
}

/**
 * Connection for request handlers: when Redis is down a command fails at
 * once, so an HTTP client gets a 503 instead of a hanging request.
 */
export function createApiConnection(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    ...options,
  });
}

/** Resolves once the connection is ready, or rejects after `timeoutMs`. */
export async function waitUntilReady(redis: Redis, timeoutMs = 5_000): Promise<void> {
  if (redis.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Redis did not become ready within ${timeoutMs} ms`));
    }, timeoutMs);
    const onReady = () => {
      cleanup();
      resolve();
    };
    const cleanup = () => {
      clearTimeout(timer);
      redis.off('ready', onReady);
    };
    redis.on('ready', onReady);
  });
}

/** Deletes every key matching `pattern` (SCAN + UNLINK); for tests and resets. */
export async function deleteMatching(redis: Redis, pattern: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) deleted += await redis.unlink(...keys);
  } while (cursor !== '0');
  return deleted;
}

/**
 * Wraps `log` so that a burst of identical connection errors (one per
 * reconnect attempt, from every client sharing the connection) is logged once
 * a minute instead of flooding the log.
 */
export function quietErrors(log: (message: string) => void, windowMs = 60_000): (error: Error) => void {
  const seen = new Map<string, number>();
  return (error) => {
    const now = Date.now();
    const last = seen.get(error.message);
    if (last !== undefined && now - last < windowMs) return;
    seen.set(error.message, now);
    log(error.message);
  };
}

/**
 * Closes a connection politely (QUIT) when Redis answers, and at once when
 * it does not: a QUIT queued for a Redis that is down would wait forever.
 */
export async function closeConnection(redis: Redis, timeoutMs = 2_000): Promise<void> {
  if (redis.status !== 'ready') {
    redis.disconnect();
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  await Promise.race([redis.quit().then(() => undefined, () => undefined), timedOut]);
  clearTimeout(timer);
  redis.disconnect();
}
