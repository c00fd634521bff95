import type { Redis } from 'ioredis';
import type { KeyLayout } from '../keys.js';
import { EventLog } from './event-log.js';
import { FeedStore } from './feed-store.js';
import { ItemStore } from './item-store.js';
import { MetricsStore } from './metrics-store.js';
import { SeriesStore } from './series-store.js';
import { TopicStore } from './topic-store.js';

/** Every store over one connection and key layout. */
export interface Stores {
  feeds: FeedStore;
  items: ItemStore;
  series: SeriesStore;
  events: EventLog;
  metrics: MetricsStore;
  topics: TopicStore;
}

export function createStores(redis: Redis, keys: KeyLayout, itemRetentionDays: number): Stores {
  return {
    feeds: new FeedStore(redis, keys),
    items: new ItemStore(redis, keys, itemRetentionDays),
    series: new SeriesStore(redis, keys),
    events: new EventLog(redis, keys),
    metrics: new MetricsStore(redis, keys),
    topics: new TopicStore(redis, keys),
  };
}
