import type { FeedStatusName, FeedView } from './api-types.js';

const DAY_MS = 86_400_000;

export interface FeedStatus {
  state: FeedStatusName;
  /** Short words for the status pill. */
  label: string;
  /** A sentence for the pill's tooltip. */
  detail: string;
}

function parse(iso: string | undefined): number | undefined {
  return iso === undefined ? undefined : Date.parse(iso);
}

/**
 * The server's rule (apps/dashboard/src/feeds/feed-status.ts), for feeds
 * known only from a live event until the list is reloaded. "stale" is the
 * stronger flag: failing with no success for over a day.
 */
function localState(feed: FeedView, now: number): FeedStatusName {
  const { health } = feed;
  if (!feed.enabled) return 'paused';
  if (!health.lastFetchAt) return 'pending';
  if (health.consecutiveFailures === 0) return 'ok';
  const since = parse(health.lastSuccessAt) ?? parse(feed.createdAt) ?? now;
  return now - since > DAY_MS ? 'stale' : 'failing';
}

/** Status of one feed at `now`, in words: the server's verdict when known, else the same rule applied here. */
export function feedStatus(feed: FeedView, now: number): FeedStatus {
  const state = feed.status ?? localState(feed, now);
  const failures = feed.health.consecutiveFailures;
  switch (state) {
    case 'paused':
      return { state, label: 'Paused', detail: 'Not polled until resumed.' };
    case 'pending':
      return { state, label: 'Waiting for the first poll…', detail: 'Added, not fetched yet.' };
    case 'ok':
      return { state, label: 'OK', detail: 'The last poll worked.' };
    case 'failing':
      return { state, label: failures > 1 ? `Failing ×${failures}` : 'Failing', detail: `The last ${failures > 1 ? `${failures} polls` : 'poll'} failed; it worked within the last day.` };
    case 'stale': {
      const lastSuccess = parse(feed.health.lastSuccessAt);
      const days = Math.floor((now - (lastSuccess ?? parse(feed.createdAt) ?? now)) / DAY_MS);
      return { state, label: lastSuccess ? `No success for ${days} d` : `Never worked (${days} d)`, detail: 'Failing for more than a day: check the address or the publisher.' };
    }
    case 'outage':
      return { state, label: 'Failing (outage)', detail: 'Most feeds fail at once: the cause is likely our network or DNS, not this feed.' };
  }
}

/** Problems first: a monitoring list is read from the top. */
const DISPLAY_ORDER: readonly FeedStatusName[] = ['stale', 'outage', 'failing', 'pending', 'ok', 'paused'];

/** Orders feeds for display: by how much they need attention, then oldest first. */
export function byAttention(now: number): (a: FeedView, b: FeedView) => number {
  const rank = (feed: FeedView) => DISPLAY_ORDER.indexOf(feedStatus(feed, now).state);
  return (a, b) => rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/**
 * When the next poll is due: the server's figure when known, else the last
 * fetch plus the interval, pushed back by any backoff. Undefined for paused
 * feeds and feeds never fetched.
 */
export function nextPollAt(feed: FeedView): number | undefined {
  if (!feed.enabled) return undefined;
  if (feed.nextPollAt) return Date.parse(feed.nextPollAt);
  const lastFetch = parse(feed.health.lastFetchAt);
  if (lastFetch === undefined) return undefined;
  return Math.max(lastFetch + feed.intervalSeconds * 1000, parse(feed.health.backoffUntil) ?? 0);
}

/** The name to show for a feed: its title, else the feed's own title, else its host. */
export function feedName(feed: FeedView): string {
  if (feed.title.trim()) return feed.title.trim();
  if (feed.health.feedTitle?.trim()) return feed.health.feedTitle.trim();
  try {
    return new URL(feed.url).host;
  } catch {
    return feed.url;
  }
}
