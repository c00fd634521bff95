import type { Redis } from 'ioredis';
import type { KeyLayout } from '../keys.js';
import { ScoredItem } from '../schemas/item.js';
import { DAY_MS, minuteOfDay, utcDay } from '../time.js';
import { RECORD_ITEM } from './record-item-script.js';

/** Syndicated copies of a story within this window count once. */
const STORY_TTL_SECONDS = 3 * 86_400;
/** Live events kept for clients resuming with Last-Event-ID. */
export const EVENTS_MAX_LENGTH = 10_000;

export interface RecordOutcome {
  /** False when the item was already stored (a retry or another worker). */
  stored: boolean;
  /** False when another copy of the same story was already counted. */
  counted: boolean;
  eventId: string | undefined;
}

export interface ItemPage {
  items: ScoredItem[];
  /** Pass back as `cursor` for the next (older) page; absent on the last page. */
  nextCursor: string | undefined;
}

/** Which items a page lists: of one feed, of one topic, or (neither) all. */
export interface ItemFilter {
  feedId?: string;
  topic?: string;
}

interface Cursor {
  t: number;
  id: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** Parses a page cursor; undefined when it is not one of ours. */
export function decodeCursor(value: string): Cursor | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 't' in parsed && 'id' in parsed) {
      const { t, id } = parsed as { t: unknown; id: unknown };
      if (typeof t === 'number' && Number.isFinite(t) && typeof id === 'string') return { t, id };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Scored items: recording (exactly once), reading and paging. */
export class ItemStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: KeyLayout,
    private readonly retentionDays: number,
  ) {}

  /**
   * Stores `item` and adds its masses (already weighted, 0..10 each) to the
   * series of each of its topics, atomically. `now` bounds retention.
   */
  async record(item: ScoredItem, masses: { escalation: number; deescalation: number }, now: number): Promise<RecordOutcome> {
    const placedAt = Date.parse(item.placedAt);
    const day = utcDay(placedAt);
    const retentionSeconds = this.retentionDays * 86_400;
    const keys = [
      this.keys.item(item.id),
      this.keys.items,
      this.keys.feedItems(item.feedId),
      this.keys.story(item.storyId),
      this.keys.events,
      ...item.topics.map((topic) => this.keys.seriesDay(topic, day)),
      ...item.topics.map((topic) => this.keys.topicItems(topic)),
    ];
    const args = [
      JSON.stringify(ScoredItem.parse(item)),
      item.id,
      String(placedAt),
      String(retentionSeconds),
      String(STORY_TTL_SECONDS),
      String(minuteOfDay(placedAt)),
      String(Math.round(masses.escalation * 1000)),
      String(Math.round(masses.deescalation * 1000)),
      String(retentionSeconds + 86_400),
      String(now - this.retentionDays * DAY_MS),
      String(EVENTS_MAX_LENGTH),
      String(item.topics.length),
    ];
    const [stored, counted, eventId] = (await RECORD_ITEM.run(this.redis, keys, args)) as [
      number,
      number,
      string,
    ];
    return { stored: stored === 1, counted: counted === 1, eventId: eventId || undefined };
  }

  /** Removes every stored item of a feed (the level history keeps their past contributions). */
  async purgeFeed(feedId: string): Promise<number> {
    const key = this.keys.feedItems(feedId);
    const ids = await this.redis.zrange(key, '0', '-1');
    for (let start = 0; start < ids.length; start += 500) {
      const chunk = ids.slice(start, start + 500);
      const topics = new Set((await this.getMany(chunk)).flatMap((item) => item.topics));
      const multi = this.redis.multi().unlink(...chunk.map((id) => this.keys.item(id))).zrem(this.keys.items, ...chunk);
      for (const topic of topics) multi.zrem(this.keys.topicItems(topic), ...chunk);
      await multi.exec();
    }
    await this.redis.unlink(key);
    return ids.length;
  }

  async get(id: string): Promise<ScoredItem | undefined> {
    const json = await this.redis.get(this.keys.item(id));
    return json === null ? undefined : ScoredItem.parse(JSON.parse(json));
  }

  async getMany(ids: readonly string[]): Promise<ScoredItem[]> {
    if (ids.length === 0) return [];
    const values = await this.redis.mget(ids.map((id) => this.keys.item(id)));
    return values.filter((json): json is string => json !== null).map((json) => ScoredItem.parse(JSON.parse(json)));
  }

  async count(feedId?: string): Promise<number> {
    return this.redis.zcard(feedId ? this.keys.feedItems(feedId) : this.keys.items);
  }

  /** The index a page reads: one feed's items, one topic's, or all. */
  #index(filter: ItemFilter): string {
    if (filter.feedId) return this.keys.feedItems(filter.feedId);
    return filter.topic ? this.keys.topicItems(filter.topic) : this.keys.items;
  }

  /**
   * Newest first. Items sharing a timestamp are ordered by id (descending, as
   * Redis returns them), so the cursor (time, id) is stable while new items
   * arrive at the top.
   */
  async page(options: { limit: number; cursor?: Cursor } & ItemFilter): Promise<ItemPage> {
    const key = this.#index(options);
    const { limit, cursor } = options;
    const chosen: Array<{ id: string; t: number }> = [];
    let offset = 0;
    const batch = limit + 1;
    const max = cursor ? String(cursor.t) : '+inf';
    while (chosen.length <= limit) {
      const flat = await this.redis.zrevrangebyscore(key, max, '-inf', 'WITHSCORES', 'LIMIT', offset, batch);
      if (flat.length === 0) break;
      for (let index = 0; index < flat.length; index += 2) {
        const id = flat[index] as string;
        const t = Number(flat[index + 1]);
        if (cursor && t === cursor.t && id >= cursor.id) continue;
        chosen.push({ id, t });
      }
      offset += batch;
      if (flat.length < batch * 2) break;
    }
    const pageEntries = chosen.slice(0, limit);
    const items = await this.getMany(pageEntries.map((entry) => entry.id));
    const last = pageEntries.at(-1);
    return {
      items,
      nextCursor: chosen.length > limit && last ? encodeCursor(last) : undefined,
    };
  }
}
