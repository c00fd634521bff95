import type { ScoredItem } from '@tension/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveLocally, startApi, type ApiHarness, type LocalSite } from './api-harness.js';

/**
 * A feed's health as the API reports it (recent volume, next poll) and what
 * deleting it does to its items. No worker runs: items are recorded through
 * the store, as the worker would.
 */
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Strait Monitor</title><link>http://127.0.0.1/</link><description>d</description>
<item><guid>1</guid><title>Navy drills near the strait</title></item></channel></rss>`;

let api: ApiHarness;
let site: LocalSite;
let origin: string;

beforeAll(async () => {
  site = await serveLocally((req, res) => {
    if (req.url?.startsWith('/feed')) res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(RSS);
    else res.writeHead(404).end();
  });
  origin = site.origin;
  api = await startApi({ ALLOW_PRIVATE_URLS: 'true' });
});

afterAll(async () => {
  await api?.close();
  await site?.close();
});

function item(id: string, feedId: string, hoursAgo: number): ScoredItem {
  const at = new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
  return {
    id,
    feedId,
    title: `Headline ${id}`,
    seenAt: at,
    placedAt: at,
    topics: ['default'],
    storyId: `story-${id}`,
    score: { label: 'escalation', escalation: 5, deescalation: 0, net: 5, signals: [], actors: [], lexiconVersion: 't' },
  };
}

async function addFeed(path: string): Promise<string> {
  const response = await api.call('/api/feeds', { method: 'POST', admin: true, body: JSON.stringify({ url: `${origin}${path}` }) });
  expect(response.status).toBe(201);
  return ((await response.json()) as { feed: { id: string } }).feed.id;
}

async function recordItems(feedId: string, hoursAgo: number[]): Promise<void> {
  for (const [index, hours] of hoursAgo.entries()) {
    await api.dashboard.deps.items.record(item(`${feedId}x${index}`, feedId, hours), { escalation: 5, deescalation: 0 }, Date.now());
  }
}

async function itemIdsOf(feedId: string): Promise<string[]> {
  const body = (await (await api.call(`/api/items?feed=${feedId}&limit=50`)).json()) as { items: Array<{ id: string }> };
  return body.items.map((entry) => entry.id);
}

describe('feed health in the API', () => {
  it('counts the items of the last day and gives the next poll, pushed back by a backoff', async () => {
    const id = await addFeed('/feed-health.xml');
    await recordItems(id, [1, 5, 23, 30, 50]);
    const view = (await (await api.call(`/api/feeds/${id}`)).json()) as { feed: { newItemsLastDay: number; nextPollAt?: string } };
    expect(view.feed.newItemsLastDay).toBe(3);
    expect(Date.parse(view.feed.nextPollAt ?? '')).toBeGreaterThan(Date.now() - 60_000);

    const backoffUntil = new Date(Date.now() + 6 * 3_600_000).toISOString();
    const health = await api.dashboard.deps.feeds.getHealth(id);
    await api.dashboard.deps.feeds.putHealth(id, { ...health, lastFetchAt: new Date().toISOString(), consecutiveFailures: 4, backoffUntil });
    const backedOff = (await (await api.call(`/api/feeds/${id}`)).json()) as { feed: { nextPollAt?: string; status: string } };
    expect(backedOff.feed.nextPollAt).toBe(backoffUntil);
    expect(backedOff.feed.status).toBe('failing');
  });
});

describe('deleting a feed', () => {
  it('keeps its stored items unless asked to purge them', async () => {
    const id = await addFeed('/feed-keep.xml');
    await recordItems(id, [1, 2]);
    const deleted = await api.call(`/api/feeds/${id}`, { method: 'DELETE', admin: true });
    expect(await deleted.json()).toMatchObject({ deleted: id, purgedItems: 0 });
    expect(await itemIdsOf(id)).toHaveLength(2);
    expect(await api.dashboard.deps.items.get(`${id}x0`)).toBeDefined();
  });

  it('removes its stored items with purge=true, and only its own', async () => {
    const id = await addFeed('/feed-purge.xml');
    const other = await addFeed('/feed-other.xml');
    await recordItems(id, [1, 2, 3]);
    await recordItems(other, [1]);
    const deleted = await api.call(`/api/feeds/${id}?purge=true`, { method: 'DELETE', admin: true });
    expect(await deleted.json()).toMatchObject({ deleted: id, purgedItems: 3 });
    expect(await itemIdsOf(id)).toEqual([]);
    expect(await api.dashboard.deps.items.get(`${id}x0`)).toBeUndefined();
    expect(await itemIdsOf(other)).toEqual([`${other}x0`]);
  });
});
