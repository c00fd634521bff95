import { describe, expect, it } from 'vitest';
import { Topic } from './schemas/common.js';
import { FeedCreate } from './schemas/feed.js';
import { TopicRouting } from './schemas/topic.js';
import { countsTowards, feedTopics, knownTopics, routeTopics } from './topics.js';

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

  it('routes an item to a topic with actors only when it mentions them', () => {
    const dyad = TopicRouting.parse({ actors: ['usa', ' VEN'], match: 'all' });
    const either = TopicRouting.parse({ actors: ['USA', 'VEN'] });
    expect(dyad.actors).toEqual(['USA', 'VEN']);
    expect(either.match).toBe('any');
    expect(countsTowards(undefined, [])).toBe(true);
    expect(countsTowards(TopicRouting.parse({}), [])).toBe(true);
    expect(countsTowards(dyad, ['VEN', 'USA', 'COL'])).toBe(true);
    expect(countsTowards(dyad, ['VEN'])).toBe(false);
    expect(countsTowards(either, ['VEN'])).toBe(true);
    expect(countsTowards(either, ['COL'])).toBe(false);
    const routing = new Map([['us-venezuela', dyad]]);
    expect(routeTopics(['us-venezuela', 'world'], routing, ['COL'])).toEqual(['world']);
    expect(routeTopics(['us-venezuela'], routing, ['COL'])).toEqual([]);
  });

  it('refuses actor codes that are not codes, and more than 20 actors', () => {
    expect(TopicRouting.safeParse({ actors: ['Venezuela!'] }).success).toBe(false);
    expect(TopicRouting.safeParse({ actors: ['VEN'], match: 'both' }).success).toBe(false);
    expect(TopicRouting.safeParse({ actors: Array.from({ length: 21 }, (_, index) => `A${index}`) }).success).toBe(false);
  });
});
