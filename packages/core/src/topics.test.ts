import { describe, expect, it } from 'vitest';
import { Topic } from './schemas/common.js';
import { FeedCreate } from './schemas/feed.js';
import { feedTopics, knownTopics } from './topics.js';

describe('topics', () => {
  it('sends a feed with no topics of its own to the default topic', () => {
    expect(feedTopics({ topics: [] }, 'default')).toEqual(['default']);
    expect(feedTopics({ topics: ['us-venezuela', 'caribbean'] }, 'default')).toEqual(['us-venezuela', 'caribbean']);
  });

  it('lists the default topic first, then every other topic once, sorted', () => {
    const feeds = [{ topics: ['us-venezuela'] }, { topics: [] }, { topics: ['caribbean', 'us-venezuela', 'default'] }];
    expect(knownTopics(feeds, 'default')).toEqual(['default', 'caribbean', 'us-venezuela']);
    expect(knownTopics([], 'main')).toEqual(['main']);
  });

  it('reads "US-Venezuela " as us-venezuela and refuses spaces, colons and empty names', () => {
    expect(Topic.parse(' US-Venezuela ')).toBe('us-venezuela');
    for (const bad of ['us venezuela', 'us:ve', '', '-us']) expect(Topic.safeParse(bad).success, bad).toBe(false);
  });

  it('keeps each topic of a feed once', () => {
    const input = FeedCreate.parse({ url: 'https://news.example/feed', topics: ['Sahel', 'sahel', 'mali'] });
    expect(input.topics).toEqual(['sahel', 'mali']);
  });
});
