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

  it('publishes the level of every known topic on the clock tick', async () => {
    const published = await updateLevel(worker.deps, {});
    expect(published.map((update) => update.topic)).toEqual(['world', 'caribbean', 'us-venezuela']);
    expect(published.find((update) => update.topic === 'us-venezuela')?.level).toBeGreaterThan(0);
  });
});
