import {
  EventLog,
  FeedStore,
  ItemStore,
  KeyLayout,
  MetricsStore,
  SeriesStore,
  createQueues,
  type Config,
  type Logger,
  type Queues,
} from '@tension/core';
import type { EgressClient } from '@tension/egress';
import type { LevelParams } from '@tension/level';
import type { Scorer } from '@tension/scoring';
import type { Redis } from 'ioredis';

/** Everything a processor needs, injected so tests can supply a clock and a prefix. */
export interface WorkerDeps {
  config: Config;
  redis: Redis;
  keys: KeyLayout;
  queues: Queues;
  feeds: FeedStore;
  items: ItemStore;
  series: SeriesStore;
  events: EventLog;
  metrics: MetricsStore;
  egress: EgressClient;
  scorer: Scorer;
  logger: Logger;
  levelParams: LevelParams;
  /** Topics every item is routed to until topic routing lands. */
  topics: string[];
  now: () => number;
  random: () => number;
}

export function createDeps(input: {
  config: Config;
  redis: Redis;
  egress: EgressClient;
  scorer: Scorer;
  logger: Logger;
  now?: () => number;
  random?: () => number;
  onRedisError?: (error: Error) => void;
}): WorkerDeps {
  const { config, redis, onRedisError, ...rest } = input;
  const keys = new KeyLayout(config.keyPrefix);
  return {
    ...rest,
    config,
    redis,
    keys,
    queues: createQueues(redis, keys, onRedisError),
    feeds: new FeedStore(redis, keys),
    items: new ItemStore(redis, keys, config.itemRetentionDays),
    series: new SeriesStore(redis, keys),
    events: new EventLog(redis, keys),
    metrics: new MetricsStore(redis, keys),
    levelParams: { halfLifeMs: config.level.halfLifeHours * 3_600_000, calmMass: config.level.calmMass },
    topics: [config.defaultTopic],
    now: input.now ?? Date.now,
    random: input.random ?? Math.random,
  };
}
