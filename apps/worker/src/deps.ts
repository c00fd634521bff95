import { KeyLayout, createQueues, createStores, type Config, type Logger, type Queues, type Stores } from '@tension/core';
import type { EgressClient } from '@tension/egress';
import type { LevelParams } from '@tension/level';
import type { Scorer } from '@tension/scoring';
import type { Redis } from 'ioredis';

/** Everything a processor needs, injected so tests can supply a clock and a prefix. */
export interface WorkerDeps extends Stores {
  config: Config;
  redis: Redis;
  keys: KeyLayout;
  queues: Queues;
  egress: EgressClient;
  scorer: Scorer;
  logger: Logger;
  levelParams: LevelParams;
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
    ...createStores(redis, keys, config.itemRetentionDays),
    levelParams: config.level,
    now: input.now ?? Date.now,
    random: input.random ?? Math.random,
  };
}
