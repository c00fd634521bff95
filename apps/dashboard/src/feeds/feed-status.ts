import type { Feed, FeedHealth } from '@tension/core';

/** A feed's state as the UI and API show it. */
export type FeedStatus = 'paused' | 'pending' | 'ok' | 'failing' | 'stale' | 'outage';

const DAY_MS = 86_400_000;
/** With at least this many enabled feeds, this share failing at once is our outage, not theirs. */
const OUTAGE_MIN_FEEDS = 3;
const OUTAGE_SHARE = 0.8;

function ownStatus(feed: Feed, health: FeedHealth, now: number): FeedStatus {
  if (!feed.enabled) return 'paused';
  if (!health.lastFetchAt) return 'pending';
  if (health.consecutiveFailures === 0) return 'ok';
  const since = health.lastSuccessAt ?? feed.createdAt;
  return now - Date.parse(since) > DAY_MS ? 'stale' : 'failing';
}

/**
 * Status of every feed, and whether ingestion as a whole looks down: when
 * most of the feeds that worked within the last day fail at once, the likely
 * cause is our network or DNS, so those feeds are reported as `outage`
 * rather than each one as broken. Feeds already dead for longer (`stale`)
 * are no evidence of a failure happening now, and keep their own status.
 */
export function feedStatuses(entries: ReadonlyArray<{ feed: Feed; health: FeedHealth }>, now: number): { outage: boolean; byId: Map<string, FeedStatus> } {
  const byId = new Map(entries.map(({ feed, health }) => [feed.id, ownStatus(feed, health, now)]));
  const recent = entries.filter(({ feed }) => ['ok', 'failing'].includes(byId.get(feed.id) ?? ''));
  const failing = recent.filter(({ feed }) => byId.get(feed.id) === 'failing');
  const outage = recent.length >= OUTAGE_MIN_FEEDS && failing.length / recent.length >= OUTAGE_SHARE;
  if (outage) for (const { feed } of failing) byId.set(feed.id, 'outage');
  return { outage, byId };
}
