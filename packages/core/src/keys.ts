/**
 * The Redis key layout: every key the system writes, defined once.
 *
 * `{p}` is the configured KEY_PREFIX (default `tm`). Times are epoch
 * milliseconds unless noted.
 *
 * | key                              | type   | contents                                             | retention |
 * |----------------------------------|--------|------------------------------------------------------|-----------|
 * | {p}:feeds                        | hash   | feed id → Feed JSON                                  | until deleted |
 * | {p}:topics                       | hash   | topic id → TopicSettings JSON (actor routing)        | until cleared |
 * | {p}:feed:{id}:health             | string | FeedHealth JSON (written only under the poll lock)   | deleted with the feed |
 * | {p}:feed:{id}:http               | hash   | etag, lastModified validators                        | deleted with the feed |
 * | {p}:feed:{id}:items              | zset   | item id scored by placedAt                           | trimmed to ITEM_RETENTION_DAYS; expires that long after its newest item |
 * | {p}:feed:{id}:seen               | zset   | item ids ever enqueued, scored by first-seen time    | trimmed to ITEM_RETENTION_DAYS; deleted with the feed |
 * | {p}:item:{id}                    | string | ScoredItem JSON                                      | ITEM_RETENTION_DAYS (EX) |
 * | {p}:items                        | zset   | item id scored by placedAt, newest = highest         | trimmed to ITEM_RETENTION_DAYS |
 * | {p}:topic:{topic}:items          | zset   | item id scored by placedAt, per topic it counts in   | trimmed to ITEM_RETENTION_DAYS; expires that long after its newest item |
 * | {p}:story:{id}                   | string | first item id of a story (syndication guard)         | 3 days (EX) |
 * | {p}:series:{topic}:{yyyymmdd}    | hash   | `e:{min}`, `d:{min}`, `n:{min}` integer sums per UTC minute of the day (masses ×1000) | ITEM_RETENTION_DAYS + 1 (EXPIRE) |
 * | {p}:events                       | stream | live events: fields `type`, `data` (JSON)            | ~10,000 newest (MAXLEN ~) |
 * | {p}:metrics                      | hash   | counter name + label values (tab-separated) → count   | kept |
 * | {p}:lock:poll:{feedId}           | string | worker token holding the poll of a feed              | poll timeout (PX) |
 * | {p}:lock:reconcile               | string | worker token reconciling job schedulers at start-up  | 60 s (PX) |
 * | {p}:q:{queue}:*                  | BullMQ | queues (BullMQ's own layout under prefix `{p}:q`)    | per queue catalog |
 */
export class KeyLayout {
  constructor(readonly prefix: string) {}

  /** Prefix handed to BullMQ so its keys sit under ours. */
  get bullPrefix(): string {
    return `${this.prefix}:q`;
  }

  get feeds(): string {
    return `${this.prefix}:feeds`;
  }

  get topics(): string {
    return `${this.prefix}:topics`;
  }

  feedHealth(feedId: string): string {
    return `${this.prefix}:feed:${feedId}:health`;
  }

  feedHttp(feedId: string): string {
    return `${this.prefix}:feed:${feedId}:http`;
  }

  feedItems(feedId: string): string {
    return `${this.prefix}:feed:${feedId}:items`;
  }

  feedSeen(feedId: string): string {
    return `${this.prefix}:feed:${feedId}:seen`;
  }

  item(itemId: string): string {
    return `${this.prefix}:item:${itemId}`;
  }

  get items(): string {
    return `${this.prefix}:items`;
  }

  topicItems(topic: string): string {
    return `${this.prefix}:topic:${topic}:items`;
  }

  story(storyId: string): string {
    return `${this.prefix}:story:${storyId}`;
  }

  /** `day` is the UTC date as yyyymmdd. */
  seriesDay(topic: string, day: string): string {
    return `${this.prefix}:series:${topic}:${day}`;
  }

  get events(): string {
    return `${this.prefix}:events`;
  }

  get metrics(): string {
    return `${this.prefix}:metrics`;
  }

  pollLock(feedId: string): string {
    return `${this.prefix}:lock:poll:${feedId}`;
  }

  get reconcileLock(): string {
    return `${this.prefix}:lock:reconcile`;
  }

  /** Pattern matching every key of this layout, for tests and `tension reset`. */
  get everything(): string {
    return `${this.prefix}:*`;
  }
}
