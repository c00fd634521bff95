import { createHash } from 'node:crypto';
import type { Feed } from './schemas/feed.js';
import { feedSchedulerId, LEVEL_TICK_SCHEDULER, QueueCatalog } from './queues.js';
import type { Queues } from './queue-factory.js';

/** How often the level clock publishes decaying levels when no news arrives. */
export const LEVEL_TICK_MS = 60_000;

/**
 * A stable offset inside the interval, derived from the feed id, so feeds
 * with the same interval do not all fire at the same instant (BullMQ aligns
 * `every` schedules to multiples of the interval).
 */
export function scheduleOffsetMs(feedId: string, intervalMs: number): number {
  const hash = createHash('sha256').update(feedId).digest().readUInt32BE(0);
  return 1 + (hash % Math.max(1, intervalMs - 1));
}

/** Creates, updates or (for a paused feed) removes the feed's poll schedule. */
export async function scheduleFeed(queues: Queues, feed: Feed): Promise<void> {
  const schedulerId = feedSchedulerId(feed.id);
  if (!feed.enabled) {
    await queues.feedPoll.removeJobScheduler(schedulerId);
    return;
  }
  const every = feed.intervalSeconds * 1000;
  await queues.feedPoll.upsertJobScheduler(
    schedulerId,
    { every, offset: scheduleOffsetMs(feed.id, every) },
    { name: 'poll', data: { feedId: feed.id, reason: 'schedule' }, opts: QueueCatalog.feedPoll.defaults },
  );
}

export async function unscheduleFeed(queues: Queues, feedId: string): Promise<void> {
  await queues.feedPoll.removeJobScheduler(feedSchedulerId(feedId));
}

/**
 * Asks for a poll now. Requests for one feed are deduplicated while one is
 * waiting, so clicking "poll now" ten times polls once.
 */
export async function requestPoll(queues: Queues, feedId: string, reason: 'manual' | 'created'): Promise<void> {
  await queues.feedPoll.add(
    'poll',
    { feedId, reason },
    { deduplication: { id: `poll-${feedId}` } },
  );
}

/** What reconciliation changed. */
export interface ReconcileReport {
  added: string[];
  removed: string[];
  kept: number;
}

/**
 * Brings the job schedulers in line with the stored feeds: adds missing
 * ones, fixes changed intervals and offsets, removes orphans. Run by one worker at
 * start-up (callers hold a lock): concurrent upserts of one scheduler race.
 */
export async function reconcileFeedSchedules(queues: Queues, feeds: readonly Feed[]): Promise<ReconcileReport> {
  const existing = await queues.feedPoll.getJobSchedulers(0, -1);
  const byId = new Map(existing.map((scheduler) => [scheduler.key, scheduler]));
  const report: ReconcileReport = { added: [], removed: [], kept: 0 };
  const wanted = new Set<string>();
  for (const feed of feeds) {
    if (!feed.enabled) continue;
    const id = feedSchedulerId(feed.id);
    wanted.add(id);
    const current = byId.get(id);
    const every = feed.intervalSeconds * 1000;
    // The offset is checked too: schedulers made before offsets existed all fire at once.
    if (current && Number(current.every) === every && Number(current.offset) === scheduleOffsetMs(feed.id, every)) {
      report.kept += 1;
      continue;
    }
    await scheduleFeed(queues, feed);
    report.added.push(feed.id);
  }
  for (const scheduler of existing) {
    if (wanted.has(scheduler.key)) continue;
    await queues.feedPoll.removeJobScheduler(scheduler.key);
    report.removed.push(scheduler.key);
  }
  const tick = await queues.levelUpdate.getJobScheduler(LEVEL_TICK_SCHEDULER);
  if (!tick) {
    await queues.levelUpdate.upsertJobScheduler(
      LEVEL_TICK_SCHEDULER,
      { every: LEVEL_TICK_MS },
      { name: 'tick', data: {}, opts: QueueCatalog.levelUpdate.defaults },
    );
  }
  return report;
}
