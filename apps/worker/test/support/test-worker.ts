import { loadConfig } from '@tension/core';
import { openTestRedis, type TestRedis } from '@tension/core/testing';
import { start, type WorkerHandle, type WorkerStartOptions } from '../../src/start.js';

export interface TestWorker {
  redis: TestRedis;
  worker: WorkerHandle;
  /** Stops the worker and deletes every key of its prefix. */
  close(): Promise<void>;
}

/**
 * A worker on its own key prefix, allowed to fetch from 127.0.0.1 (where
 * tests serve their feeds), silent, with timeouts short enough for a test.
 * `env` overrides any variable; `options` passes a clock and the like.
 */
export async function startTestWorker(label: string, env: Record<string, string> = {}, options: Omit<WorkerStartOptions, 'redisUrl'> = {}): Promise<TestWorker> {
  const redis = await openTestRedis(label);
  const config = loadConfig({ KEY_PREFIX: redis.prefix, ALLOW_PRIVATE_URLS: 'true', LOG_LEVEL: 'silent', FETCH_TIMEOUT_MS: '5000', FETCH_CONNECT_TIMEOUT_MS: '3000', ...env });
  const worker = await start(config, { ...options, redisUrl: redis.url });
  return {
    redis,
    worker,
    async close() {
      await worker.close();
      await redis.cleanup();
    },
  };
}
