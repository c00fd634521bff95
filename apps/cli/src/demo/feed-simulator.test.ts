import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedSimulator, type FeedSimulator } from './feed-simulator.js';

let simulator: FeedSimulator;
beforeAll(async () => {
  simulator = await startFeedSimulator({ releaseEveryMs: 60_000, backfill: 30, seed: 11 });
});
afterAll(async () => simulator.close());

describe('feed simulator', () => {
  it('serves every outlet as RSS on 127.0.0.1', async () => {
    expect(simulator.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const bodies = await Promise.all(simulator.feeds.map(async (feed) => (await fetch(feed.url)).text()));
    const itemCount = bodies.reduce((sum, body) => sum + (body.match(/<item>/g)?.length ?? 0), 0);
    expect(itemCount).toBeGreaterThanOrEqual(30);
    for (const body of bodies) expect(body).toContain('<rss version="2.0">');
  });

  it('answers 304 to a conditional request until a new story is released', async () => {
    const feed = simulator.feeds[0];
    if (!feed) throw new Error('no feeds');
    const first = await fetch(feed.url);
    const etag = first.headers.get('etag') ?? '';
    expect((await fetch(feed.url, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    for (let index = 0; index < 40; index += 1) simulator.release();
    const after = await fetch(feed.url, { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
  });

  it('escapes XML special characters in story text', async () => {
    const body = await (await fetch(simulator.feeds[1]?.url ?? '')).text();
    expect(body).not.toMatch(/&(?!(amp|lt|gt|apos|quot);)/);
  });
});
