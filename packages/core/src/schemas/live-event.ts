import { z } from 'zod';
import { Feed, FeedHealth } from './feed.js';
import { ScoredItem } from './item.js';
import { LevelUpdate } from './series.js';
import { TopicMatch } from './topic.js';

/** Every event on the live stream (`GET /api/stream`), discriminated by `type`. */
export const LiveEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('item'), data: ScoredItem }),
  z.object({ type: z.literal('level'), data: LevelUpdate }),
  z.object({
    type: z.literal('feed'),
    data: z.object({ feed: Feed.nullable(), feedId: z.string(), health: FeedHealth.nullable(), change: z.enum(['created', 'updated', 'deleted', 'polled']) }),
  }),
  /** A topic's actor routing changed (actors empty: it keeps every item of its feeds again). */
  z.object({ type: z.literal('topic'), data: z.object({ topic: z.string(), actors: z.array(z.string()), match: TopicMatch }) }),
]);
export type LiveEvent = z.infer<typeof LiveEvent>;
export type LiveEventType = LiveEvent['type'];
