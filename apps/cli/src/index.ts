export { startSystem, type DemoMode, type RunningSystem } from './system.js';
export { resolveRedis, redisAnswers, RedisNotFoundError, type ResolvedRedis } from './redis-resolution.js';
export { startFeedSimulator, type FeedSimulator } from './demo/feed-simulator.js';
export { scoreStream } from './commands/score.js';
