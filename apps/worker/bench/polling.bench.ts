/**
 * Polling benchmark: 500 feeds served on loopback hosts (60 % with new items,
 * 30 % answering 304, 10 % slow), polled by a real worker process through the
 * whole path fetch → parse → score → store. Figures are reported against
 * baselines measured in the same run (see baselines.ts): bare HTTP GETs of
 * the same feeds, parse + score of the same bodies in memory, and the same
 * number of items through two chained no-op BullMQ queues.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Feed, FeedStore, ItemStore, createQueues } from '@tension/core';
import { openTestRedis } from '@tension/core/testing';
import { bareFetch, parseAndScore, perSecond, queueFloor } from './baselines.js';
import { startFeedFarm } from './feed-farm.js';

const FEEDS = Number(process.env.BENCH_FEEDS ?? 500);
const HOSTS = 25;
const ITEMS_PER_FEED = 10;
const ROUNDS = 3;
const CONCURRENCY = 16;
const SLOW_MS = 400;

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('benchmark timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function main(): Promise<void> {
  const redis = await openTestRedis('bench-polling');
  const farm = await startFeedFarm({ count: FEEDS, hosts: HOSTS, itemsPerFeed: ITEMS_PER_FEED, slowMs: SLOW_MS });
  const queues = createQueues(redis.redis, redis.keys);
  const feeds = new FeedStore(redis.redis, redis.keys);
  const items = new ItemStore(redis.redis, redis.keys, 30);
  const at = new Date().toISOString();
  const ids: string[] = [];
  for (const [index, entry] of farm.feeds.entries()) {
    const id = `bench${index}`;
    ids.push(id);
    await feeds.put(Feed.parse({ id, url: entry.url, title: id, intervalSeconds: 86_400, weight: 1, enabled: true, demo: false, createdAt: at, updatedAt: at }));
  }

  const worker = spawn(process.execPath, [...(process.env.BENCH_WORKER_ARGS ?? '').split(' ').filter(Boolean), fileURLToPath(new URL('../dist/main.js', import.meta.url))], {
    env: {
      ...process.env,
      REDIS_URL: redis.url,
      KEY_PREFIX: redis.prefix,
      ALLOW_PRIVATE_URLS: 'true',
      WORKER_CONCURRENCY: String(CONCURRENCY),
      FETCH_PER_HOST_CONCURRENCY: '4',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await waitUntil(async () => (await queues.feedPoll.getWorkersCount()) > 0, 30_000);
    let polls = 0;
    let pollSeconds = 0;
    let newItems = 0;
    let itemSeconds = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      if (round > 0) farm.publish();
      const before = await items.count();
      const started = performance.now();
      await queues.feedPoll.addBulk(ids.map((feedId) => ({ name: 'poll', data: { feedId, reason: 'manual' as const }, opts: { jobId: `bench-${round}-${feedId}` } })));
      await waitUntil(async () => (await queues.feedPoll.getJobCountByTypes('completed', 'failed')) >= FEEDS * (round + 1));
      const polled = performance.now();
      const fresh = farm.feeds.filter((feed) => round === 0 || feed.kind === 'fresh').length * ITEMS_PER_FEED;
      await waitUntil(async () => (await items.count()) >= before + fresh);
      const stored = performance.now();
      polls += FEEDS;
      pollSeconds += (polled - started) / 1000;
      newItems += fresh;
      itemSeconds += (stored - started) / 1000;
    }
    const memory = peakRssMb(worker.pid ?? 0);
    worker.kill('SIGTERM');
    await new Promise((resolve) => worker.once('exit', resolve));
    const fetched = await bareFetch(farm.feeds.map((feed) => feed.url), CONCURRENCY);
    const cpu = perSecond(await parseAndScore(fetched.bodies.filter((body) => body.length > 0)));
    // A real stored item as the payload, so the floor moves as many bytes per job as the pipeline does.
    const sample = (await items.page({ limit: 1 })).items[0];
    const floor = perSecond(await queueFloor(redis.redis, `${redis.prefix}:floor`, sample ?? {}, newItems, CONCURRENCY));

    const pollRate = polls / pollSeconds;
    const fetchRate = perSecond(fetched);
    const itemRate = newItems / itemSeconds;
    const line = (label: string, value: string, ratio: string) => console.log(`  ${label.padEnd(22)}${value.padStart(9)}   ${ratio}`);
    console.log(`\nPolling benchmark: ${FEEDS} feeds on ${HOSTS} loopback hosts (60 % new items, 30 % 304, 10 % slow ${SLOW_MS} ms), ${ROUNDS} rounds, worker concurrency ${CONCURRENCY}`);
    line('polls/s', pollRate.toFixed(1), `ratio ${(pollRate / fetchRate).toFixed(2)} vs bare HTTP GET of the same feeds (${fetchRate.toFixed(1)}/s)`);
    line('items/s end to end', itemRate.toFixed(1), `ratio ${(itemRate / floor).toFixed(2)} vs the same items through two no-op BullMQ queues (${floor.toFixed(0)}/s)`);
    line('', '', `ratio ${(itemRate / cpu).toFixed(3)} vs parse + score in memory (${cpu.toFixed(0)}/s)`);
    line('items stored', String(newItems), '');
    line('worker peak RSS', `${memory.toFixed(0)} MB`, '');
    // Capacity: at the default 5-minute interval, how many feeds one worker process keeps up with.
    line('feeds per worker', String(Math.floor((pollRate * 300) / 1000) * 1000), 'at a 5-minute interval (polls/s × 300 s, rounded down)');
  } finally {
    if (worker.exitCode === null && worker.signalCode === null) {
      worker.kill('SIGTERM');
      await new Promise((resolve) => worker.once('exit', resolve));
    }
    await queues.close();
    await farm.close();
    await redis.cleanup();
  }
}

await main();
