import { describe, expect, it } from 'vitest';
import { seededRandom, StoryGenerator } from './story-generator.js';

describe('StoryGenerator', () => {
  it('tells the same story for the same seed', () => {
    const a = new StoryGenerator(seededRandom(7));
    const b = new StoryGenerator(seededRandom(7));
    expect(Array.from({ length: 5 }, (_, i) => a.next(i * 1000))).toEqual(Array.from({ length: 5 }, (_, i) => b.next(i * 1000)));
  });

  it('fills every slot', () => {
    const generator = new StoryGenerator(seededRandom(1));
    for (let index = 0; index < 200; index += 1) {
      const story = generator.next(index * 5_000);
      expect(`${story.title} ${story.summary}`).not.toMatch(/[{}]/);
    }
  });

  it('follows the phases: mostly escalation in the crisis, mostly de-escalation in talks', () => {
    const generator = new StoryGenerator(seededRandom(3));
    const crisis = Array.from({ length: 200 }, () => generator.next(160_000));
    const talks = Array.from({ length: 200 }, () => generator.next(240_000));
    expect(generator.phaseAt(160_000).name).toBe('crisis');
    expect(generator.phaseAt(240_000).name).toBe('talks');
    expect(crisis.filter((story) => story.kind === 'escalation').length).toBeGreaterThan(140);
    expect(talks.filter((story) => story.kind === 'de-escalation').length).toBeGreaterThan(110);
  });

  it('rejects story data that does not fit the schema, naming the problem', () => {
    expect(() => new StoryGenerator(seededRandom(1), { version: 1, about: '', slots: {}, phases: [], stories: {} })).toThrow(/phases/);
  });
});
