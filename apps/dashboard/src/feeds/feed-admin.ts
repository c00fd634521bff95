import {
  Feed,
  TensionError,
  ValidationError,
  feedSchedulerId,
  newId,
  requestPoll,
  sameUrl,
  scheduleFeed,
  unscheduleFeed,
  type FeedCreate,
  type FeedHealth,
  type FeedPatch,
} from '@tension/core';
import { findFeed } from '@tension/feeds';
import type { DashboardDeps } from '../deps.js';
import { ConflictError } from '../http-errors.js';
import { feedStatuses, type FeedStatus } from './feed-status.js';

/** The feed could not be fetched or parsed when added; the message says why in plain words. */
export class FeedUnusableError extends TensionError {
  constructor(url: string, cause: unknown) {
    const reason = cause instanceof TensionError ? cause.message : 'it could not be fetched.';
    super('feed_unusable', `Could not add ${url}: ${reason}`, {
      cause,
      details: { url, reason: cause instanceof TensionError ? cause.code : 'unknown' },
    });
  }
}

/** A feed as the API shows it: its settings plus its health. */
export interface FeedView extends Feed {
  health: FeedHealth;
  status: FeedStatus;
  /** Items of this feed placed in the last 24 hours. */
  newItemsLastDay: number;
  /** When the next poll will actually fetch (schedule, pushed back by any error backoff). */
  nextPollAt?: string;
}

function checkInterval(deps: DashboardDeps, seconds: number | undefined): void {
  if (seconds !== undefined && seconds < deps.config.minPollIntervalSeconds) {
    throw new ValidationError(
      `The poll interval (intervalSeconds) must be at least ${deps.config.minPollIntervalSeconds} seconds, to stay polite to publishers.`,
      { fields: [{ field: 'intervalSeconds', problem: `must be at least ${deps.config.minPollIntervalSeconds}` }] },
    );
  }
}

async function assertNew(deps: DashboardDeps, url: string, exceptId?: string): Promise<void> {
  const existing = await deps.feeds.findByUrl(url, exceptId);
  if (existing) throw new ConflictError(`This feed is already configured as "${existing.title || existing.url}" (id ${existing.id}).`, { id: existing.id });
}

/** Tells every open dashboard that a feed changed. */
export async function publishFeedChange(deps: DashboardDeps, feedId: string, change: 'created' | 'updated' | 'deleted'): Promise<void> {
  const feed = (await deps.feeds.get(feedId)) ?? null;
  const health = feed ? await deps.feeds.getHealth(feedId) : null;
  await deps.events.append({ type: 'feed', data: { feedId, feed, health, change } });
}

/** Validates by fetching (with autodiscovery from a web page), stores, schedules and polls at once. */
export async function createFeed(deps: DashboardDeps, input: FeedCreate): Promise<{ feed: Feed; preview: { title?: string; items: number } }> {
  checkInterval(deps, input.intervalSeconds);
  await assertNew(deps, input.url);
  let found: Awaited<ReturnType<typeof findFeed>>;
  try {
    found = await findFeed(deps.egress, input.url);
  } catch (error) {
    throw new FeedUnusableError(input.url, error);
  }
  if (found.feedUrl !== input.url) await assertNew(deps, found.feedUrl);
  const at = new Date(deps.now()).toISOString();
  const feed = Feed.parse({
    id: newId(),
    url: found.feedUrl,
    title: input.title || found.feed.title?.slice(0, 300) || '',
    intervalSeconds: input.intervalSeconds ?? deps.config.pollIntervalSeconds,
    weight: input.weight ?? 1,
    enabled: input.enabled ?? true,
    topics: input.topics ?? [],
    demo: false,
    createdAt: at,
    updatedAt: at,
  });
  await deps.feeds.put(feed);
  await scheduleFeed(deps.queues, feed);
  if (feed.enabled) await requestPoll(deps.queues, feed.id, 'created');
  await publishFeedChange(deps, feed.id, 'created');
  return { feed, preview: { ...(found.feed.title ? { title: found.feed.title } : {}), items: found.feed.items.length } };
}

/** Applies an edit; a new URL is validated like a new feed. */
export async function updateFeed(deps: DashboardDeps, current: Feed, patch: FeedPatch): Promise<Feed> {
  checkInterval(deps, patch.intervalSeconds);
  let url = current.url;
  if (patch.url && !sameUrl(patch.url, current.url)) {
    await assertNew(deps, patch.url, current.id);
    try {
      url = (await findFeed(deps.egress, patch.url)).feedUrl;
    } catch (error) {
      throw new FeedUnusableError(patch.url, error);
    }
  }
  const feed = Feed.parse({
    ...current,
    ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)),
    url,
    updatedAt: new Date(deps.now()).toISOString(),
  });
  await deps.feeds.put(feed);
  await scheduleFeed(deps.queues, feed);
  await publishFeedChange(deps, feed.id, 'updated');
  return feed;
}

/** Removes a feed and its schedule; its items stay unless `purge`. */
export async function deleteFeed(deps: DashboardDeps, feedId: string, purge: boolean): Promise<{ purgedItems: number }> {
  await unscheduleFeed(deps.queues, feedId);
  await deps.feeds.delete(feedId);
  const purgedItems = purge ? await deps.items.purgeFeed(feedId) : 0;
  await publishFeedChange(deps, feedId, 'deleted');
  return { purgedItems };
}

export async function listFeedViews(deps: DashboardDeps): Promise<FeedView[]> {
  return (await feedOverview(deps)).feeds;
}

/** Every feed with its health, status, recent volume and next poll, plus the outage verdict. */
export async function feedOverview(deps: DashboardDeps): Promise<{ feeds: FeedView[]; outage: boolean }> {
  const feeds = await deps.feeds.list();
  const healthById = await deps.feeds.getHealthMany(feeds.map((feed) => feed.id));
  const now = deps.now();
  const pipeline = deps.redis.pipeline();
  for (const feed of feeds) pipeline.zcount(deps.keys.feedItems(feed.id), now - 86_400_000, '+inf');
  const counts = (await pipeline.exec()) ?? [];
  const schedulers = await deps.queues.feedPoll.getJobSchedulers(0, -1);
  const nextById = new Map(schedulers.map((scheduler) => [scheduler.key, scheduler.next]));
  const entries = feeds.map((feed) => ({ feed, health: healthById.get(feed.id) ?? { consecutiveFailures: 0, itemsSeen: 0, lastNewItems: 0 } }));
  const { outage, byId } = feedStatuses(entries, now);
  return {
    outage,
    feeds: entries.map(({ feed, health }, index) => {
      const next = nextById.get(feedSchedulerId(feed.id));
      return {
        ...feed,
        health,
        status: byId.get(feed.id) ?? 'pending',
        newItemsLastDay: Number(counts[index]?.[1] ?? 0),
        ...(next ? { nextPollAt: new Date(Math.max(next, health.backoffUntil ? Date.parse(health.backoffUntil) : 0)).toISOString() } : {}),
      };
    }),
  };
}
