/// <reference lib="dom" />
import { createServer, type Server } from 'node:http';
import { loadConfig } from '@tension/core';
import { openTestRedis, type TestRedis } from '@tension/core/testing';
import { launchBrowser, type TestBrowser } from '@tension/dashboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type RunningSystem } from '../src/system.js';

const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';
const WAIT = { timeout: 20_000 };

/** A publisher on 127.0.0.1 whose feed the test extends while the browser watches. */
function feedBody(titles: string[]): string {
  const items = titles
    .map((title, index) => `<item><guid>story-${index}</guid><title>${title}</title><link>http://127.0.0.1/story/${index}</link><pubDate>${new Date().toUTCString()}</pubDate></item>`)
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Frontline Wire</title><link>http://127.0.0.1/</link><description>e2e</description>${items}</channel></rss>`;
}

let redis: TestRedis;
let system: RunningSystem;
let browser: TestBrowser;
let publisher: Server;
let feedUrl: string;
const titles = ['Parliament debates the annual budget'];

beforeAll(async () => {
  publisher = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(feedBody(titles)));
  await new Promise<void>((resolve) => publisher.listen(0, '127.0.0.1', () => resolve()));
  const address = publisher.address();
  feedUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/feed.xml`;
  redis = await openTestRedis('e2e');
  const config = loadConfig({ REDIS_URL: redis.url, KEY_PREFIX: redis.prefix, PORT: '0', ADMIN_TOKEN, ALLOW_PRIVATE_URLS: 'true', LOG_LEVEL: 'silent' });
  system = await startSystem(config, 'off');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
  publisher?.closeAllConnections();
  await new Promise((resolve) => publisher?.close(resolve));
  await redis?.cleanup();
});

describe('the whole system in a browser', () => {
  it('shows a story published on a feed, scored by the worker, live on the dashboard with the level moving', async () => {
    const { page } = browser;
    const base = system.dashboard.url;
    const added = await fetch(`${base}/api/feeds`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ url: feedUrl }),
    });
    expect(added.status).toBe(201);
    const { feed } = (await added.json()) as { feed: { id: string } };

    await page.goto(base);
    await page.locator('#level-chart').waitFor({ state: 'visible', ...WAIT });
    await page.locator('#live[data-state="live"]').waitFor(WAIT);
    await page.locator('#items > article').first().waitFor(WAIT);
    const levelBefore = await page.locator('#level-value').textContent();

    titles.push('Missile strike kills 40 soldiers as troops mass on the border');
    const poll = await fetch(`${base}/api/feeds/${feed.id}/poll`, { method: 'POST', headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(poll.status).toBe(202);

    const card = page.locator('#items > article', { hasText: 'Missile strike kills 40 soldiers' });
    await card.waitFor(WAIT);
    expect(await card.locator('mark').count()).toBeGreaterThan(0);
    await page.waitForFunction((before) => document.querySelector('#level-value')?.textContent !== before, levelBefore, WAIT);
    const levelAfter = Number(await page.locator('#level-value').textContent());
    expect(levelAfter).toBeGreaterThan(Number(levelBefore) || 0);
  });
});
