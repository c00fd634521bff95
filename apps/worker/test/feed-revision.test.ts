import { createServer, type Server } from 'node:http';
import { createLogger, loadConfig } from '@tension/core';
import { openTestRedis, type TestRedis } from '@tension/core/testing';
import { createEgressClientFromConfig } from '@tension/egress';
import { getDefaultScorer } from '@tension/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeps, type WorkerDeps } from '../src/deps.js';
import { pollFeed } from '../src/feeds/poll-feed.js';
import { storeFeed as storeTestFeed } from './support/feed-fixtures.js';

/**
 * What a poll learns about the feed itself: where it moved to (301/308)
 * and, for an untitled feed, its title. Polled directly, without queues,
 * so each case reads the feed as the poll left it.
 */
let redis: TestRedis;
let deps: WorkerDeps;
let server: Server;
let origin: string;

const rss = (title: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>http://news.test/</link><description>d</description>` +
  `<item><guid>a1</guid><title>Talks resume in Geneva</title></item></channel></rss>`;

beforeAll(async () => {
  redis = await openTestRedis('revision');
  server = createServer((req, res) => {
    if (req.url === '/old.xml') res.writeHead(301, { Location: '/new.xml' }).end();
    else if (req.url === '/new.xml') res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss('Border Gazette'));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const config = loadConfig({ KEY_PREFIX: redis.prefix, ALLOW_PRIVATE_URLS: 'true', LOG_LEVEL: 'silent' });
  const logger = createLogger({ level: 'silent', name: 'test' });
  deps = createDeps({ config, redis: redis.redis, egress: createEgressClientFromConfig(config, []), scorer: getDefaultScorer(), logger });
});

afterAll(async () => {
  await deps?.queues.close();
  await new Promise((resolve) => server?.close(resolve));
  await redis?.cleanup();
});

const storeFeed = (id: string, url: string, title: string) => storeTestFeed(deps.feeds, { id, url, title });

describe('a poll revises the feed it polled', () => {
  it('moves an untitled feed to its permanent new URL and takes the publisher\'s title, both at once', async () => {
    await storeFeed('untitled', `${origin}/old.xml`, '');
    expect(await pollFeed(deps, 'untitled', 'manual')).toMatchObject({ outcome: 'fetched' });
    expect(await deps.feeds.get('untitled')).toMatchObject({ url: `${origin}/new.xml`, title: 'Border Gazette' });
  });

  it('keeps a title the user gave', async () => {
    await storeFeed('titled', `${origin}/new.xml?titled`, 'My name for it');
    await pollFeed(deps, 'titled', 'manual');
    expect((await deps.feeds.get('titled'))?.title).toBe('My name for it');
  });

  it('keeps the old URL when another feed already follows the new one, so no feed is followed twice', async () => {
    await storeFeed('second', `${origin}/old.xml`, 'Second copy');
    expect(await pollFeed(deps, 'second', 'manual')).toMatchObject({ outcome: 'fetched' });
    expect((await deps.feeds.get('second'))?.url).toBe(`${origin}/old.xml`);
    expect((await deps.feeds.get('untitled'))?.url).toBe(`${origin}/new.xml`);
  });
});
