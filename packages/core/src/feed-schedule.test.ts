import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestRedis, type TestRedis } from './testing.js';
import { createQueues, type Queues } from './queue-factory.js';
import { LEVEL_TICK_SCHEDULER, feedSchedulerId } from './queues.js';
import { reconcileFeedSchedules, requestPoll, scheduleFeed, scheduleOffsetMs } from './feed-schedule.js';
import type { Feed } from './schemas/feed.js';

let ctx: TestRedis;
let queues: Queues;
const at = '2026-11-25T12:00:00.000Z';
const feed = (id: string, overrides: Partial<Feed> = {}): Feed => ({
  id, url: `https://news.test/${id}.xml`, title: id, intervalSeconds: 300, weight: 1, enabled: true, topics: [], demo: false, createdAt: at, updatedAt: at, ...overrides,
});

beforeAll(async () => {
  ctx = await openTestRedis('schedule');
  queues = createQueues(ctx.redis, ctx.keys);
});
afterAll(async () => {
  await queues.close();
  await ctx.cleanup();
});

describe('feed schedules', () => {
  it('spreads feeds with the same interval over the interval, stably', () => {
    const offsets = ['a', 'b', 'c', 'd'].map((id) => scheduleOffsetMs(id, 300_000));
    expect(new Set(offsets).size).toBe(4);
    for (const offset of offsets) expect(offset).toBeGreaterThan(0);
    expect(scheduleOffsetMs('a', 300_000)).toBe(offsets[0]);
  });

  it('upserts one scheduler per enabled feed and removes it when paused', async () => {
    await scheduleFeed(queues, feed('a'));
    await scheduleFeed(queues, feed('a', { intervalSeconds: 600 }));
    const schedulers = await queues.feedPoll.getJobSchedulers(0, -1);
    expect(schedulers.map((scheduler) => [scheduler.key, Number(scheduler.every)])).toEqual([[feedSchedulerId('a'), 600_000]]);
    await scheduleFeed(queues, feed('a', { enabled: false }));
    expect(await queues.feedPoll.getJobSchedulersCount()).toBe(0);
  });

  it('reconciles: adds missing, fixes changed, removes orphans, keeps the rest', async () => {
    await scheduleFeed(queues, feed('keep'));
    await scheduleFeed(queues, feed('change'));
    await scheduleFeed(queues, feed('orphan'));
    const report = await reconcileFeedSchedules(queues, [feed('keep'), feed('change', { intervalSeconds: 900 }), feed('new'), feed('off', { enabled: false })]);
    expect(report).toEqual({ added: ['change', 'new'], removed: [feedSchedulerId('orphan')], kept: 1 });
    const keys = (await queues.feedPoll.getJobSchedulers(0, -1)).map((scheduler) => scheduler.key).sort();
    expect(keys).toEqual([feedSchedulerId('change'), feedSchedulerId('keep'), feedSchedulerId('new')]);
    expect(await queues.levelUpdate.getJobScheduler(LEVEL_TICK_SCHEDULER)).toBeDefined();
  });

  it('reconciles a scheduler made without the feed\'s offset, so schedules made together stop firing together', async () => {
    const every = 300_000;
    await queues.feedPoll.upsertJobScheduler(feedSchedulerId('old'), { every }, { name: 'poll', data: { feedId: 'old', reason: 'schedule' } });
    // BullMQ derives an offset of its own from the clock when given none.
    expect((await queues.feedPoll.getJobScheduler(feedSchedulerId('old')))?.offset).not.toBe(scheduleOffsetMs('old', every));
    const report = await reconcileFeedSchedules(queues, [feed('old')]);
    expect(report.added).toEqual(['old']);
    expect((await queues.feedPoll.getJobScheduler(feedSchedulerId('old')))?.offset).toBe(scheduleOffsetMs('old', every));
    expect((await reconcileFeedSchedules(queues, [feed('old')])).kept).toBe(1);
  });

  it('deduplicates poll requests for one feed while one waits', async () => {
    await queues.feedPoll.pause();
    for (let index = 0; index < 5; index += 1) await requestPoll(queues, 'dup', 'manual');
    const waiting = (await queues.feedPoll.getJobs(['waiting'])).filter((job) => job.data.feedId === 'dup');
    expect(waiting).toHaveLength(1);
    await queues.feedPoll.resume();
  });
});
