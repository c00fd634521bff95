import type { Redis } from 'ioredis';
import type { KeyLayout } from '../keys.js';
import { sameUrl } from '../same-url.js';
import { Feed, FeedHealth, FeedValidators } from '../schemas/feed.js';

const EMPTY_HEALTH: FeedHealth = { consecutiveFailures: 0, itemsSeen: 0, lastNewItems: 0 };

/** Feeds, their health and their HTTP validators. */
export class FeedStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: KeyLayout,
  ) {}

  async list(): Promise<Feed[]> {
    const all = await this.redis.hgetall(this.keys.feeds);
    return Object.values(all)
      .map((json) => Feed.parse(JSON.parse(json)))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  async get(id: string): Promise<Feed | undefined> {
    const json = await this.redis.hget(this.keys.feeds, id);
    return json === null ? undefined : Feed.parse(JSON.parse(json));
  }

  /** The feed that follows `url` (spelled any way sameUrl accepts), other than `exceptId`. */
  async findByUrl(url: string, exceptId?: string): Promise<Feed | undefined> {
    return (await this.list()).find((feed) => feed.id !== exceptId && sameUrl(feed.url, url));
  }

  async count(): Promise<number> {
    return this.redis.hlen(this.keys.feeds);
  }

  async put(feed: Feed): Promise<void> {
    await this.redis.hset(this.keys.feeds, feed.id, JSON.stringify(Feed.parse(feed)));
  }

  /** Removes the feed, its health and validators; its stored items stay. */
  async delete(id: string): Promise<boolean> {
    const [[, removed]] = (await this.redis
      .multi()
      .hdel(this.keys.feeds, id)
      .del(this.keys.feedHealth(id), this.keys.feedHttp(id), this.keys.feedSeen(id))
      .exec()) as [[Error | null, number]];
    return removed === 1;
  }

  async getHealth(id: string): Promise<FeedHealth> {
    const json = await this.redis.get(this.keys.feedHealth(id));
    return json === null ? { ...EMPTY_HEALTH } : FeedHealth.parse(JSON.parse(json));
  }

  async getHealthMany(ids: readonly string[]): Promise<Map<string, FeedHealth>> {
    const result = new Map<string, FeedHealth>();
    if (ids.length === 0) return result;
    const values = await this.redis.mget(ids.map((id) => this.keys.feedHealth(id)));
    ids.forEach((id, index) => {
      const json = values[index];
      result.set(id, json ? FeedHealth.parse(JSON.parse(json)) : { ...EMPTY_HEALTH });
    });
    return result;
  }

  /** Only the worker holding the feed's poll lock writes health, so read-modify-write is safe. */
  async putHealth(id: string, health: FeedHealth): Promise<void> {
    await this.redis.set(this.keys.feedHealth(id), JSON.stringify(FeedHealth.parse(health)));
  }

  /**
   * Marks item ids as seen for this feed and returns those seen for the
   * first time. Atomic per id (ZADD NX), so two workers polling the same
   * feed back to back never both take an item as new.
   */
  async markSeen(id: string, itemIds: readonly string[], now: number, retentionMs: number): Promise<Set<string>> {
    if (itemIds.length === 0) return new Set();
    const key = this.keys.feedSeen(id);
    const pipeline = this.redis.pipeline();
    for (const itemId of itemIds) pipeline.zadd(key, 'NX', now, itemId);
    pipeline.zremrangebyscore(key, '-inf', `(${now - retentionMs}`);
    const results = (await pipeline.exec()) ?? [];
    return new Set(itemIds.filter((_, index) => results[index]?.[1] === 1));
  }

  /** Forgets ids marked seen by a poll that then failed to enqueue them, so the next poll retries. */
  async unmarkSeen(id: string, itemIds: readonly string[]): Promise<void> {
    if (itemIds.length > 0) await this.redis.zrem(this.keys.feedSeen(id), ...itemIds);
  }

  async getValidators(id: string): Promise<FeedValidators> {
    const fields = await this.redis.hgetall(this.keys.feedHttp(id));
    return FeedValidators.parse({ etag: fields.etag, lastModified: fields.lastModified });
  }

  async putValidators(id: string, validators: FeedValidators): Promise<void> {
    const key = this.keys.feedHttp(id);
    const multi = this.redis.multi().del(key);
    const fields: Record<string, string> = {};
    if (validators.etag) fields.etag = validators.etag;
    if (validators.lastModified) fields.lastModified = validators.lastModified;
    if (Object.keys(fields).length > 0) multi.hset(key, fields);
    await multi.exec();
  }
}
