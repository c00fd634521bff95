import type { Redis } from 'ioredis';
import type { KeyLayout } from '../keys.js';
import { TopicSettings } from '../schemas/topic.js';

/** The routing settings of topics; a topic without settings takes every item of its feeds. */
export class TopicStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: KeyLayout,
  ) {}

  async list(): Promise<TopicSettings[]> {
    const all = await this.redis.hgetall(this.keys.topics);
    return Object.values(all)
      .map((json) => TopicSettings.parse(JSON.parse(json)))
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  /** The settings of each of `ids` that has any, in one round trip. */
  async getMany(ids: readonly string[]): Promise<Map<string, TopicSettings>> {
    const result = new Map<string, TopicSettings>();
    if (ids.length === 0) return result;
    const values = await this.redis.hmget(this.keys.topics, ...ids);
    ids.forEach((id, index) => {
      const json = values[index];
      if (json) result.set(id, TopicSettings.parse(JSON.parse(json)));
    });
    return result;
  }

  async put(settings: TopicSettings): Promise<void> {
    await this.redis.hset(this.keys.topics, settings.id, JSON.stringify(TopicSettings.parse(settings)));
  }

  /** Forgets a topic's settings, so it takes every item of its feeds again. */
  async delete(id: string): Promise<boolean> {
    return (await this.redis.hdel(this.keys.topics, id)) === 1;
  }
}
