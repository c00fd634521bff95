import { requestPoll } from '@tension/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateLevel } from '../src/processors/update-level.js';
import type { WorkerHandle } from '../src/start.js';
import { storeFeed } from './support/feed-fixtures.js';
import { startScriptedFeedServer, type ScriptedFeedServer } from './support/scripted-feed-server.js';
import { startTestWorker, type TestWorker } from './support/test-worker.js';
import { waitFor } from './support/wait-for.js';

/** A feed's topics decide which levels its items move; feeds that name none feed the default topic. */
let running: TestWorker;
let worker: WorkerHandle;
let server: ScriptedFeedServer;

beforeAll(async () => {
  server = await startScriptedFeedServer();
  running = await startTestWorker('topics', { DEFAULT_TOPIC: 'world' });
  worker = running.worker;
});

afterAll(async () => {
  await running?.close();
  await server?.close();
});

const itemsIn = async (topic: string) => {
  const buckets = await worker.deps.series.buckets(topic, Date.now() - 3_600_000, Date.now() + 60_000);
  return buckets.reduce((sum, bucket) => sum + bucket.items, 0);
};

describe('topic routing', () => {
  it("counts each item in its feed's topics only, and the items of a feed without topics in the default topic", async () => {
    const { deps } = worker;
    server.answer('/dyad.xml', { entries: [{ guid: 'd1', title: 'Warships deployed off the Venezuelan coast' }] });
    server.answer('/both.xml', { entries: [{ guid: 'b1', title: 'Navy seizes a tanker near Aruba' }] });
    server.answer('/plain.xml', { entries: [{ guid: 'p1', title: 'Ceasefire talks resume in Geneva' }] });
    for (const [id, topics] of [['dyad', ['us-venezuela']], ['both', ['us-venezuela', 'caribbean']], ['plain', []]] as const) {
      await storeFeed(deps.feeds, { id, url: server.url(`/${id}.xml`), topics: [...topics] });
    }
    for (const id of ['dyad', 'both', 'plain']) await requestPoll(deps.queues, id, 'manual');
    await waitFor('three stored items', async () => (await deps.items.count()) === 3);

    expect(await itemsIn('us-venezuela')).toBe(2);
    expect(await itemsIn('caribbean')).toBe(1);
    expect(await itemsIn('world')).toBe(1);
    const stored = await deps.items.page({ limit: 10, feedId: 'both' });
    expect(stored.items[0]?.topics).toEqual(['us-venezuela', 'caribbean']);
  });

  it("keeps an item out of a topic whose actors it does not mention, and in the feed's other topics", async () => {
    const { deps } = worker;
    await deps.topics.put({ id: 'andes', actors: ['VEN', 'COL'], match: 'all', updatedAt: new Date().toISOString() });
    await deps.topics.put({ id: 'region', actors: ['COL'], match: 'any', updatedAt: new Date().toISOString() });
    server.answer('/wire.xml', {
      entries: [
        { guid: 'w1', title: 'Venezuelan and Colombian ministers meet in Cucuta' },
        { guid: 'w2', title: 'Colombian police arrest six in Medellin' },
        { guid: 'w3', title: 'Storm floods the harbour of Lisbon' },
      ],
    });
    await storeFeed(deps.feeds, { id: 'wire', url: server.url('/wire.xml'), topics: ['andes', 'region', 'open'] });
    await requestPoll(deps.queues, 'wire', 'manual');
    await waitFor('three wire items', async () => (await deps.items.page({ limit: 10, feedId: 'wire' })).items.length === 3);

    const byGuid = new Map((await deps.items.page({ limit: 10, feedId: 'wire' })).items.map((item) => [item.guid, item]));
    expect(byGuid.get('w1')?.score.actors).toEqual(expect.arrayContaining(['VEN', 'COL']));
    expect(byGuid.get('w1')?.topics).toEqual(['andes', 'region', 'open']);
    expect(byGuid.get('w2')?.topics).toEqual(['region', 'open']);
    expect(byGuid.get('w3')?.topics).toEqual(['open']);
    expect(await itemsIn('andes')).toBe(1);
    expect(await itemsIn('region')).toBe(2);
    expect(await itemsIn('open')).toBe(3);
    expect((await deps.items.page({ limit: 10, topic: 'andes' })).items.map((item) => item.guid)).toEqual(['w1']);
  });

  it('stores an item no topic keeps without counting it anywhere', async () => {
    const { deps } = worker;
    await deps.topics.put({ id: 'pacific', actors: ['FJI'], match: 'any', updatedAt: new Date().toISOString() });
    server.answer('/narrow.xml', { entries: [{ guid: 'n1', title: 'Troops shell a village near the Turkish border' }] });
    await storeFeed(deps.feeds, { id: 'narrow', url: server.url('/narrow.xml'), topics: ['pacific'] });
    await requestPoll(deps.queues, 'narrow', 'manual');
    await waitFor('the narrow item', async () => (await deps.items.page({ limit: 10, feedId: 'narrow' })).items.length === 1);
    const [item] = (await deps.items.page({ limit: 10, feedId: 'narrow' })).items;
    expect(item?.topics).toEqual([]);
    expect(item?.score.label).toBe('escalation');
    expect(await itemsIn('pacific')).toBe(0);
  });

  it('publishes the level of every known topic on the clock tick', async () => {
    const published = await updateLevel(worker.deps, {});
    expect(published.map((update) => update.topic)).toEqual(['world', 'andes', 'caribbean', 'open', 'pacific', 'region', 'us-venezuela']);
    expect(published.find((update) => update.topic === 'us-venezuela')?.level).toBeGreaterThan(0);
  });
});
