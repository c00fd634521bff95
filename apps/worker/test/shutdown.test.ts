import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { FeedStore, createQueues, type Queues } from '@tension/core';
import { openTestRedis, type TestRedis } from '@tension/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed } from './support/feed-fixtures.js';
import { waitFor } from './support/wait-for.js';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
let redis: TestRedis;
let queues: Queues;
let stalling: Server;
let url: string;

beforeAll(async () => {
  redis = await openTestRedis('shutdown');
  queues = createQueues(redis.redis, redis.keys);
  // Accepts the request and never answers: a poll that would run for the whole fetch timeout.
  stalling = createServer(() => undefined);
  await new Promise<void>((resolve) => stalling.listen(0, '127.0.0.1', () => resolve()));
  const address = stalling.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/feed.xml`;
});

afterAll(async () => {
  await queues?.close();
  stalling?.closeAllConnections();
  await new Promise((resolve) => stalling?.close(resolve));
  await redis?.cleanup();
});

describe('worker shutdown', () => {
  it('on SIGTERM stops within SHUTDOWN_TIMEOUT_MS even when a job would run much longer, and exits 0', async () => {
    const child = spawn(process.execPath, [main], {
      env: { ...process.env, REDIS_URL: redis.url, KEY_PREFIX: redis.prefix, ALLOW_PRIVATE_URLS: 'true', LOG_LEVEL: 'silent', SHUTDOWN_TIMEOUT_MS: '1000', FETCH_TIMEOUT_MS: '60000' },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await waitFor('the worker to start', async () => (await queues.feedPoll.getWorkersCount()) > 0);
    await addFeed(new FeedStore(redis.redis, redis.keys), queues, { id: 'stalled', url });
    await waitFor('the poll to be in flight', async () => (await redis.redis.exists(redis.keys.pollLock('stalled'))) === 1);
    const signalled = Date.now();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(5_000);
  });
});
