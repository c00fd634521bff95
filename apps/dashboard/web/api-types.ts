/**
 * The JSON shapes of the dashboard API, as the browser sees them. Domain
 * objects come from @tension/core as types only (erased by the bundler), so
 * the page and the server cannot drift apart silently.
 */
import type { Feed, FeedCreate, FeedHealth, FeedPatch, LevelUpdate, LiveEvent, ScoredItem, SeriesPoint, TopicMatch, TopicView } from '@tension/core';

export type { Feed, FeedCreate, FeedHealth, FeedPatch, LevelUpdate, ScoredItem, SeriesPoint, TopicMatch, TopicView };
export type { Label, Signal, TextField } from '@tension/core';

/** How a feed is doing, as the server judges it (`outage`: failing with most others, likely our network). */
export type FeedStatusName = 'paused' | 'pending' | 'ok' | 'failing' | 'stale' | 'outage';

/**
 * A feed with its health, as `GET /api/feeds` lists it. The derived fields
 * are absent on feeds known only from a live `feed` event (it carries the
 * feed and its health, nothing computed), until the list is reloaded.
 */
export interface FeedView extends Feed {
  health: FeedHealth;
  status?: FeedStatusName;
  /** Items of this feed placed in the last 24 hours. */
  newItemsLastDay?: number;
  /** When the next poll will fetch (schedule, pushed back by any backoff). */
  nextPollAt?: string;
}

export interface FeedList {
  feeds: FeedView[];
  /** Most feeds fail at once: ingestion (our network) looks down. */
  outage?: boolean;
}

/** What `PUT /api/topics/:id` takes: actors as gazetteer codes or names. */
export interface TopicRoutingInput {
  actors: string[];
  match: TopicMatch;
}

export interface TopicList {
  topics: TopicView[];
}

export interface ItemPage {
  items: ScoredItem[];
  nextCursor?: string;
}

export interface SeriesResponse {
  topic: string;
  from: string;
  to: string;
  stepSeconds: number;
  halfLifeHours: number;
  calmMass: number;
  points: SeriesPoint[];
}

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
}

/** `GET /api/health`; when Redis is down (503) only `status`, `redis` and `message` are present. */
export interface HealthResponse {
  status: 'ok' | 'degraded' | 'down';
  redis: { ok: boolean; latencyMs?: number };
  workers?: number;
  queues?: Record<string, QueueCounts>;
  feeds?: { total: number; enabled: number; failing: number; stale?: number };
  ingestion?: { status: 'ok' | 'outage'; message?: string };
  liveClients?: number;
  message?: string;
}

export interface AddFeedResult {
  feed: Feed;
  preview: { title?: string; items: number };
}

export interface OpmlImportResult {
  added: Array<{ id: string; url: string; title: string }>;
  skipped: Array<{ url: string; reason: string }>;
}

export interface DeleteFeedResult {
  deleted: string;
  purgedItems: number;
}

/** Data of a `feed` event on the live stream. */
export type FeedEventData = Extract<LiveEvent, { type: 'feed' }>['data'];
