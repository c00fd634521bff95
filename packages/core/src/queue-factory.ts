import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { KeyLayout } from './keys.js';
import { QueueCatalog, type QueueKey, type QueuePayload } from './queues.js';

/** One typed BullMQ queue per catalog entry. */
export type Queues = { [K in QueueKey]: Queue<QueuePayload<K>> } & {
  close(): Promise<void>;
};

/**
 * Opens every queue of the catalog under the layout's BullMQ prefix.
 * `onError` hears connection errors (a queue without a listener prints each
 * reconnect attempt).
 */
export function createQueues(connection: Redis, keys: KeyLayout, onError: (error: Error) => void = () => undefined): Queues {
  const open = <K extends QueueKey>(key: K) => {
    const queue = new Queue<QueuePayload<K>>(QueueCatalog[key].name, {
      connection,
      prefix: keys.bullPrefix,
      defaultJobOptions: QueueCatalog[key].defaults,
    });
    queue.on('error', onError);
    return queue;
  };
  const queues = {
    feedPoll: open('feedPoll'),
    itemScore: open('itemScore'),
    itemRecord: open('itemRecord'),
    levelUpdate: open('levelUpdate'),
  };
  return {
    ...queues,
    async close() {
      await Promise.all(Object.values(queues).map((queue) => queue.close()));
    },
  };
}
