import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type FeedHealth } from '@tension/core';
import { openTestRedis, type TestRedis } from '@tension/core/testing';
import { loadHostileManifest, startFixtureServer, type FixtureServer, type HostileCase } from '@tension/feeds/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ITEMS_PER_POLL } from '../src/feeds/to-raw-items.js';
import { start, type WorkerHandle } from '../src/start.js';
import { addFeed } from './support/feed-fixtures.js';
import { startTestFeedServer, type TestFeedServer } from './support/rss-server.js';
import { waitFor } from './support/wait-for.js';

const CORPUS = resolve(fileURLToPath(new URL('../../../', import.meta.url)), '../shared/feeds-corpus/gofeed');

let redis: TestRedis;
let worker: WorkerHandle;
let fixtures: FixtureServer;
let sentinel: TestFeedServer;

beforeAll(async () => {
  redis = await openTestRedis('hostile');
  fixtures = await startFixtureServer({ trickleIntervalMs: 1_000 });
  sentinel = await startTestFeedServer();
  const config = loadConfig({
    KEY_PREFIX: redis.prefix,
    ALLOW_PRIVATE_URLS: 'true',
    LOG_LEVEL: 'silent',
    // Generous: the fixture server shares this process with a worker parsing
    // 5,000-item and deeply nested documents, which holds the event loop.
    FETCH_TIMEOUT_MS: '5000',
    FETCH_CONNECT_TIMEOUT_MS: '4000',
    // Fixture dates go back years; keep them so every parsed item can be counted.
    ITEM_RETENTION_DAYS: '3650',
  });
  worker = await start(config, { redisUrl: redis.url });
});

afterAll(async () => {
  await worker?.close();
  await fixtures?.close();
  await sentinel?.close();
  await redis?.cleanup();
});

async function polled(feedId: string, timeoutMs = 20_000): Promise<FeedHealth> {
  return waitFor(`a poll of ${feedId}`, async () => {
    const health = await worker.deps.feeds.getHealth(feedId);
    return health.lastFetchAt ? health : undefined;
  }, timeoutMs);
}

async function drained(): Promise<void> {
  const { queues } = worker.deps;
  await waitFor('scoring and recording to finish', async () => {
    const counts = await Promise.all([queues.itemScore, queues.itemRecord].map((queue) => queue.getJobCounts('waiting', 'active', 'delayed')));
    return counts.every((count) => (count.waiting ?? 0) + (count.active ?? 0) + (count.delayed ?? 0) === 0);
  }, 60_000);
}

describe('hostile feeds through the real fetch → parse → store path', () => {
  it('fails or degrades each one on its own feed, with a stored readable error, and loses nothing', async () => {
    const { deps } = worker;
    sentinel.setFeed('/sentinel.xml', [{ guid: 's1', title: 'Ceasefire holds along the border' }, { guid: 's2', title: 'Envoy arrives for talks' }]);
    await addFeed(deps.feeds, deps.queues, { id: 'sentinel', url: sentinel.url('/sentinel.xml') });
    await waitFor('sentinel items', async () => (await deps.items.count('sentinel')) === 2);

    const cases = await loadHostileManifest();
    const ids = new Map<HostileCase, string>();
    for (const [index, entry] of cases.entries()) {
      const id = `h${index}`;
      ids.set(entry, id);
      if (entry.validators) await deps.feeds.putValidators(id, entry.validators);
      await addFeed(deps.feeds, deps.queues, { id, url: fixtures.caseUrl(entry.name) });
    }
    for (const entry of cases) {
      const id = ids.get(entry) ?? '';
      const health = await polled(id);
      const expected = entry.expect.outcome;
      if (expected === 'ok') {
        expect(health.lastError, entry.name).toBeUndefined();
        expect(health.itemsSeen, entry.name).toBe(Math.min(entry.expect.items ?? 0, MAX_ITEMS_PER_POLL));
      } else if (expected === 'not-modified') {
        expect(health.lastStatus, entry.name).toBe(304);
        expect(health.lastError, entry.name).toBeUndefined();
      } else {
        expect(health.lastError?.code, entry.name).toBe(expected);
        expect(health.lastError?.message.length, entry.name).toBeGreaterThan(20);
        expect(health.consecutiveFailures, entry.name).toBe(1);
      }
      if (expected === 'gone') {
        expect((await deps.feeds.get(id))?.enabled, entry.name).toBe(false);
        expect(health.lastError?.message, entry.name).toMatch(/paused/i);
      }
      if (entry.expect.permanentRedirect) expect((await deps.feeds.get(id))?.url, entry.name).not.toBe(fixtures.caseUrl(entry.name));
    }
    await drained();
    for (const entry of cases.filter((candidate) => candidate.expect.outcome === 'ok')) {
      const id = ids.get(entry) ?? '';
      expect(await deps.items.count(id), entry.name).toBe(Math.min(entry.expect.items ?? 0, MAX_ITEMS_PER_POLL));
    }
    const stored = await deps.items.page({ limit: 200 });
    for (const item of stored.items) expect(`${item.title} ${item.summary ?? ''}`).not.toMatch(/<script|onerror=/i);

    expect(await deps.items.count('sentinel')).toBe(2);
    sentinel.setFeed('/after.xml', [{ guid: 'a1', title: 'Troops withdraw from the buffer zone' }]);
    await addFeed(deps.feeds, deps.queues, { id: 'after', url: sentinel.url('/after.xml') });
    await waitFor('a feed added after the barrage', async () => (await deps.items.count('after')) === 1);
  });
});

function corpusFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...corpusFiles(path));
    else if (['.xml', '.rss', '.atom', '.json'].includes(extname(name))) files.push(path);
  }
  // A .json beside a feed of the same name (or *_expected.json) holds gofeed's expected fields, not a feed.
  const stems = new Set(files.filter((file) => extname(file) !== '.json').map((file) => file.slice(0, -extname(file).length)));
  return files.filter((file) => extname(file) !== '.json' || (!stems.has(file.slice(0, -5)) && !basename(file).endsWith('_expected.json')));
}

describe.runIf(existsSync(CORPUS))('the real-world feed corpus through the worker', () => {
  it('polls every file to an outcome in bounded time, with no unexpected failure', async () => {
    const { deps } = worker;
    const corpus = await startFixtureServer({ directory: CORPUS });
    try {
      const files = corpusFiles(CORPUS);
      expect(files.length).toBeGreaterThan(400);
      const started = Date.now();
      const ids = files.map((_, index) => `c${index}`);
      for (const [index, file] of files.entries()) {
        const contentType = file.endsWith('.json') ? 'application/feed+json' : 'application/xml';
        await addFeed(deps.feeds, deps.queues, { id: ids[index] ?? '', url: corpus.fileUrl(relative(CORPUS, file), { contentType }) });
      }
      const outcomes = new Map<string, number>();
      for (const id of ids) {
        const health = await polled(id, 60_000);
        const outcome = health.lastError?.code ?? 'ok';
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
      await drained();
      const seconds = (Date.now() - started) / 1000;
      console.log(`corpus: ${files.length} files in ${seconds.toFixed(1)} s, outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`);
      expect(outcomes.get('internal') ?? 0).toBe(0);
      expect((outcomes.get('ok') ?? 0) / files.length).toBeGreaterThan(0.95);
      expect(seconds).toBeLessThan(90);
    } finally {
      await corpus.close();
    }
  });
});
