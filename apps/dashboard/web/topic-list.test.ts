import { describe, expect, it } from 'vitest';
import { actorWords, parseActors, parseTopics, topicsWords } from './topic-list.js';

describe('parseTopics', () => {
  it('splits on commas and spaces, lower-cases and keeps each topic once', () => {
    expect(parseTopics(' US-Venezuela, caribbean  us-venezuela,,')).toEqual(['us-venezuela', 'caribbean']);
    expect(parseTopics('   ')).toEqual([]);
  });
});

describe('topicsWords', () => {
  it('names the topics, or the default topic when there are none', () => {
    expect(topicsWords([])).toBe('default topic');
    expect(topicsWords(['sahel'])).toBe('topic sahel');
    expect(topicsWords(['sahel', 'mali'])).toBe('topics sahel, mali');
  });
});

describe('actorWords', () => {
  it('says which actors a topic keeps, joined by its match', () => {
    expect(actorWords([], 'any')).toBe('');
    expect(actorWords(['VEN'], 'all')).toBe('only VEN');
    expect(actorWords(['USA', 'VEN'], 'all')).toBe('only USA and VEN');
    expect(actorWords(['MLI', 'BFA', 'NER'], 'any')).toBe('only MLI, BFA or NER');
  });
});

describe('parseActors', () => {
  it('splits on commas only, so names keep their spaces, and keeps each once', () => {
    expect(parseActors(' United States, VEN,,VEN , ')).toEqual(['United States', 'VEN']);
    expect(parseActors('  ')).toEqual([]);
  });
});
