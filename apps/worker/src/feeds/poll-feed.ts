import { TensionError, unscheduleFeed, type Feed, type FeedHealth } from '@tension/core';
import { FeedFetchError, fetchFeed, type FetchFeedResult } from '@tension/feeds';
import type { WorkerDeps } from '../deps.js';
import { backoffDelayMs } from './feed-backoff.js';
import { withLock } from './poll-lock.js';
import { toRawItems } from './to-raw-items.js';

export type PollOutcome =
  | { outcome: 'missing' | 'paused' | 'busy' | 'backing-off' }
  | { outcome: 'not-modified' }
  | { outcome: 'fetched'; items: number; newItems: number; rejected: number }
  | { outcome: 'failed'; code: string; message: string };

/**
 * One poll of one feed: fetch with validators, parse, enqueue the items not
 * seen before, and record the feed's health. A failure is recorded on the
 * feed and returned as data; it never throws into the queue.
 */
export async function pollFeed(deps: WorkerDeps, feedId: string, reason: 'schedule' | 'manual' | 'created'): Promise<PollOutcome> {
  const feed = await deps.feeds.get(feedId);
  if (!feed) {
    await unscheduleFeed(deps.queues, feedId);
    return { outcome: 'missing' };
  }
  if (!feed.enabled && reason === 'schedule') return { outcome: 'paused' };
  const lockTtl = deps.config.fetch.timeoutMs * 2 + 30_000;
  const result = await withLock(deps.redis, deps.keys.pollLock(feedId), lockTtl, async () => {
    const health = await deps.feeds.getHealth(feedId);
    if (reason === 'schedule' && health.backoffUntil && Date.parse(health.backoffUntil) > deps.now()) {
      return { outcome: 'backing-off' } as const;
    }
    const outcome = await fetchAndStore(deps, feed, health);
    // Read back rather than passed along: the poll may have moved, renamed or paused the feed.
    const [polled, polledHealth] = await Promise.all([deps.feeds.get(feedId), deps.feeds.getHealth(feedId)]);
    await deps.events.append({ type: 'feed', data: { feedId, feed: polled ?? null, health: polledHealth, change: 'polled' } });
    return outcome;
  });
  const outcome = result ?? { outcome: 'busy' };
  await deps.metrics.increment('polls', { outcome: outcome.outcome });
  if (outcome.outcome === 'failed') await deps.metrics.increment('fetchFailures', { reason: outcome.code });
  return outcome;
}

async function fetchAndStore(deps: WorkerDeps, feed: Feed, health: FeedHealth): Promise<PollOutcome> {
  const started = deps.now();
  let fetched: FetchFeedResult;
  try {
    fetched = await fetchFeed(deps.egress, feed.url, await deps.feeds.getValidators(feed.id));
  } catch (error) {
    return recordFailure(deps, feed, health, error, started);
  }
  const at = new Date(started).toISOString();
  const base: FeedHealth = {
    ...health,
    lastFetchAt: at,
    lastSuccessAt: at,
    lastStatus: fetched.status,
    lastError: undefined,
    consecutiveFailures: 0,
    backoffUntil: undefined,
  };
  if (fetched.kind === 'not-modified') {
    await reviseFeed(deps, feed, { movedTo: fetched.permanentRedirect });
    await deps.feeds.putHealth(feed.id, { ...base, lastNewItems: 0 });
    return { outcome: 'not-modified' };
  }
  const { items, rejected } = toRawItems(feed, fetched.feed.items, {
    now: started,
    retentionMs: deps.config.itemRetentionDays * 86_400_000,
    defaultTopic: deps.config.defaultTopic,
  });
  const firstSeen = await deps.feeds.markSeen(
    feed.id,
    items.map((item) => item.id),
    started,
    deps.config.itemRetentionDays * 86_400_000,
  );
  const fresh = items.filter((item) => firstSeen.has(item.id));
  if (fresh.length > 0) {
    try {
      // The job id is the item id: whatever happens, an item is enqueued at most once at a time.
      await deps.queues.itemScore.addBulk(fresh.map((item) => ({ name: 'score', data: item, opts: { jobId: item.id } })));
    } catch (error) {
      await deps.feeds.unmarkSeen(feed.id, fresh.map((item) => item.id));
      throw error;
    }
  }
  await deps.metrics.increment('itemsNew', {}, fresh.length);
  await deps.feeds.putValidators(feed.id, fetched.validators);
  await deps.feeds.putHealth(feed.id, {
    ...base,
    itemsSeen: health.itemsSeen + fresh.length,
    lastNewItems: fresh.length,
    feedTitle: fetched.feed.title ?? health.feedTitle,
  });
  await reviseFeed(deps, feed, { movedTo: fetched.permanentRedirect, title: fetched.feed.title });
  return { outcome: 'fetched', items: items.length, newItems: fresh.length, rejected };
}

/**
 * What a poll learned about the feed itself: a permanent redirect moves it
 * (unless another feed already follows the new URL), and an untitled feed
 * takes the title the publisher gives. Applied to a fresh read in one write,
 * so neither change undoes the other.
 */
async function reviseFeed(deps: WorkerDeps, polled: Feed, learned: { movedTo?: string | undefined; title?: string | undefined }): Promise<void> {
  if (!learned.movedTo && (polled.title || !learned.title)) return;
  const feedId = polled.id;
  const current = await deps.feeds.get(feedId);
  if (!current) return;
  let url = current.url;
  if (learned.movedTo && learned.movedTo !== current.url) {
    const other = await deps.feeds.findByUrl(learned.movedTo, feedId);
    if (other) deps.logger.warn({ feedId, to: learned.movedTo, otherFeedId: other.id }, 'feed moved permanently to a URL another feed follows; keeping its URL');
    else {
      deps.logger.info({ feedId, from: current.url, to: learned.movedTo }, 'feed moved permanently; updating its URL');
      url = learned.movedTo;
    }
  }
  const title = current.title || (learned.title?.slice(0, 300) ?? '');
  if (url === current.url && title === current.title) return;
  await deps.feeds.put({ ...current, url, title, updatedAt: new Date(deps.now()).toISOString() });
}

async function recordFailure(deps: WorkerDeps, feed: Feed, health: FeedHealth, error: unknown, started: number): Promise<PollOutcome> {
  const known = error instanceof TensionError;
  const code = known ? error.code : 'internal';
  const gone = code === 'gone';
  const reason = known ? error.message : 'An unexpected error stopped this poll; it will be retried. See the worker log for details.';
  const message = gone ? `${reason} Polling is paused: resume the feed once its URL works again.` : reason;
  if (!known) deps.logger.error({ err: error, feedId: feed.id }, 'unexpected poll failure');
  const status = error instanceof FeedFetchError ? error.status : undefined;
  const retryAfterMs = error instanceof FeedFetchError ? error.retryAfterMs : undefined;
  const failures = health.consecutiveFailures + 1;
  const delay = backoffDelayMs({ failures, intervalMs: feed.intervalSeconds * 1000, retryAfterMs, random: deps.random });
  const at = new Date(started).toISOString();
  await deps.feeds.putHealth(feed.id, {
    ...health,
    lastFetchAt: at,
    lastStatus: status,
    lastError: { code, message, at },
    consecutiveFailures: failures,
    lastNewItems: 0,
    backoffUntil: delay > 0 ? new Date(started + delay).toISOString() : undefined,
  });
  if (gone) {
    // 410 Gone: the publisher retired the feed. Pause rather than delete, so the user sees why.
    await deps.feeds.put({ ...feed, enabled: false, updatedAt: at });
    await unscheduleFeed(deps.queues, feed.id);
  }
  return { outcome: 'failed', code, message };
}
