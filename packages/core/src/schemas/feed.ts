import { z } from 'zod';
import { HttpUrl, Id, IsoTime, Topic } from './common.js';

/** More topics than this on one feed is a mistake, not a use. */
export const MAX_TOPICS_PER_FEED = 20;

/** A feed's topics as entered: each once, in the order given. */
const FeedTopics = z
  .array(Topic)
  .max(MAX_TOPICS_PER_FEED, { error: `must name at most ${MAX_TOPICS_PER_FEED} topics` })
  .transform((topics) => [...new Set(topics)]);

/** A news feed the user asked us to poll. */
export const Feed = z.object({
  id: Id,
  url: HttpUrl,
  title: z.string().max(300),
  intervalSeconds: z.number().int().positive(),
  /** Source credibility 0..1; scales the feed's contribution to the level. */
  weight: z.number().min(0).max(1),
  enabled: z.boolean(),
  /** Topics its items count towards; empty: the default topic (DEFAULT_TOPIC). */
  topics: FeedTopics.default([]),
  /** Demo feeds point at the built-in simulator and are rewritten on each demo start. */
  demo: z.boolean().default(false),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type Feed = z.infer<typeof Feed>;

/** What a client sends to create a feed; the interval floor is checked against config. */
export const FeedCreate = z.strictObject({
  url: HttpUrl,
  title: z.string().trim().max(300).optional(),
  intervalSeconds: z.number().int().positive().optional(),
  weight: z.number().min(0).max(1).optional(),
  enabled: z.boolean().optional(),
  topics: FeedTopics.optional(),
});
export type FeedCreate = z.infer<typeof FeedCreate>;

/** A partial edit of a feed. */
export const FeedPatch = FeedCreate.partial();
export type FeedPatch = z.infer<typeof FeedPatch>;

/** A failure recorded on a feed, in words a user can act on. */
export const FeedError = z.object({
  code: z.string(),
  message: z.string(),
  at: IsoTime,
});
export type FeedError = z.infer<typeof FeedError>;

/** Health of one feed, updated by every poll. */
export const FeedHealth = z.object({
  lastFetchAt: IsoTime.optional(),
  lastSuccessAt: IsoTime.optional(),
  lastStatus: z.number().int().optional(),
  lastError: FeedError.optional(),
  consecutiveFailures: z.number().int().nonnegative(),
  itemsSeen: z.number().int().nonnegative(),
  lastNewItems: z.number().int().nonnegative(),
  /** No fetch before this instant (error backoff or Retry-After). */
  backoffUntil: IsoTime.optional(),
  feedTitle: z.string().optional(),
});
export type FeedHealth = z.infer<typeof FeedHealth>;

/** HTTP validators kept per feed so every worker sends conditional requests. */
export const FeedValidators = z.object({
  etag: z.string().optional(),
  lastModified: z.string().optional(),
});
export type FeedValidators = z.infer<typeof FeedValidators>;
