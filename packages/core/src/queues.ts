import type { DefaultJobOptions } from 'bullmq';
import { z } from 'zod';
import { Id } from './schemas/common.js';
import { RawItem, ScoredItem } from './schemas/item.js';

/**
 * The queue catalog: every queue, its payload schema and its retry policy.
 * Data flows one way: feed-poll → item-score → item-record → level-update.
 * Job ids are deterministic (item ids) so a retry or a second worker adds
 * nothing twice; BullMQ ids never contain `:`.
 */
export const QueueCatalog = {
  feedPoll: {
    name: 'feed-poll',
    payload: z.object({ feedId: Id, reason: z.enum(['schedule', 'manual', 'created']) }),
    // A failed poll is recorded on the feed and retried by its own backoff
    // schedule, not by BullMQ, so one attempt is right here.
    defaults: {
      attempts: 1,
      removeOnComplete: { age: 3_600, count: 2_000 },
      removeOnFail: { age: 7 * 86_400, count: 2_000 },
    },
  },
  itemScore: {
    name: 'item-score',
    payload: RawItem,
    // Completed jobs are kept for a day: their ids stop a second poll from
    // enqueueing an item that is scored but not yet recorded.
    defaults: {
      attempts: 3,
      backoff: { type: 'exponential', delay: 2_000 },
      removeOnComplete: { age: 86_400, count: 50_000 },
      removeOnFail: { age: 7 * 86_400, count: 10_000 },
    },
  },
  itemRecord: {
    name: 'item-record',
    payload: ScoredItem,
    defaults: {
      attempts: 8,
      backoff: { type: 'exponential', delay: 1_000 },
      removeOnComplete: { age: 86_400, count: 50_000 },
      removeOnFail: { age: 7 * 86_400, count: 10_000 },
    },
  },
  levelUpdate: {
    name: 'level-update',
    // No topic means every topic (the level clock).
    payload: z.object({ topic: Id.optional() }),
    defaults: {
      attempts: 3,
      backoff: { type: 'fixed', delay: 1_000 },
      removeOnComplete: { age: 600, count: 1_000 },
      removeOnFail: { age: 86_400, count: 1_000 },
    },
  },
} as const satisfies Record<string, { name: string; payload: z.ZodType; defaults: DefaultJobOptions }>;

export type QueueKey = keyof typeof QueueCatalog;
export type QueuePayload<K extends QueueKey> = z.infer<(typeof QueueCatalog)[K]['payload']>;

/** Job-scheduler id of a feed's poll schedule. */
export function feedSchedulerId(feedId: string): string {
  return `feed-${feedId}`;
}

/** Job-scheduler id of the clock that publishes decaying levels without news. */
export const LEVEL_TICK_SCHEDULER = 'level-tick';

/** Level updates for a topic are throttled to one per this many ms. */
export const LEVEL_UPDATE_THROTTLE_MS = 1_000;
