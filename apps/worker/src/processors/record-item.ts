import { LEVEL_UPDATE_THROTTLE_MS, ScoredItem, type RecordOutcome } from '@tension/core';
import type { WorkerDeps } from '../deps.js';

/**
 * Stores a scored item, counts it in its topics' series (once, atomically)
 * and asks for a level update. The feed's weight (source credibility)
 * scales the item's masses.
 */
export async function recordItem(deps: WorkerDeps, payload: unknown): Promise<RecordOutcome> {
  const item = ScoredItem.parse(payload);
  const feed = await deps.feeds.get(item.feedId);
  const weight = feed?.weight ?? 1;
  const outcome = await deps.items.record(
    item,
    { escalation: item.score.escalation * weight, deescalation: item.score.deescalation * weight },
    deps.now(),
  );
  if (outcome.stored) await deps.metrics.increment('itemsRecorded', { counted: String(outcome.counted) });
  if (outcome.counted) {
    for (const topic of item.topics) {
      // Delay + dedup window of the same length throttles level updates to
      // about one per second per topic, and the delayed job still sees every
      // item recorded while it waited.
      await deps.queues.levelUpdate.add(
        'update',
        { topic },
        { delay: LEVEL_UPDATE_THROTTLE_MS, deduplication: { id: `level-${topic}`, ttl: LEVEL_UPDATE_THROTTLE_MS } },
      );
    }
  }
  return outcome;
}
