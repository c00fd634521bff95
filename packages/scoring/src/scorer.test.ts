import { describe, expect, it } from 'vitest';
import { createScorer, getDefaultScorer, LABEL_THRESHOLDS } from './index.js';
import { tinyGazetteer, tinyLexicon } from './test-support/fixtures.js';
import type { ScoreInput, ScoreResult, TextField } from './types.js';

const scorer = getDefaultScorer();

const ITEMS: ScoreInput[] = [
  { title: 'Missile strike kills 80 near the border', summary: 'Officials said the air raid on Tuesday also wounded dozens; talks were suspended.' },
  { title: 'Presidents of Venezuela and the U.S. speak by phone', summary: 'They agreed to meet face to face next month, the Kremlin said.' },
  { title: "Côte d'Ivoire's army didn't fire on protesters", summary: 'Protesters marched in Abidjan — police used tear gas later.', content: 'The government denied the reports.\n\nA ceasefire was signed.' },
  { title: 'İstanbul talks: ministers sign a truce', summary: 'A “historic” accord ends the blockade; 1,200 prisoners were freed.' },
  { title: 'ÉTATS-UNIS: SANCTIONS LIFTED AFTER TALKS', summary: '' },
];

function eachSpan(input: ScoreInput, result: ScoreResult): { field: TextField; start: number; end: number; text: string }[] {
  return [...result.signals, ...result.actors].map(({ field, start, end, text }) => ({ field, start, end, text: input[field]?.slice(start, end) === text ? text : `MISMATCH ${text}` }));
}

describe('score', () => {
  it('reports signals and actors whose offsets slice back to their text, in every field', () => {
    for (const item of ITEMS) {
      const result = scorer.score(item);
      for (const span of eachSpan(item, result)) {
        expect(span.text.startsWith('MISMATCH')).toBe(false);
        expect(span.start).toBeLessThan(span.end);
      }
    }
    expect(scorer.score(ITEMS[2] ?? { title: '' }).signals.some((signal) => signal.field === 'content')).toBe(true);
  });

  it('keeps escalation and de-escalation within 0..10, net their difference, all rounded to 2 decimals', () => {
    const long = { title: 'War', summary: Array.from({ length: 200 }, () => 'Troops attacked, shelled and bombed the city, killing thousands.').join(' ') };
    for (const item of [...ITEMS, long]) {
      const result = scorer.score(item);
      for (const value of [result.escalation, result.deescalation]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(10);
        expect(Math.round(value * 100) / 100).toBe(value);
      }
      expect(result.net).toBe(Math.round((result.escalation - result.deescalation) * 100) / 100);
    }
  });

  it('summarises the strongest signals rather than summing: repetition barely moves the score', () => {
    const once = scorer.score({ title: 'Rebels attacked a convoy.' });
    const many = scorer.score({ title: 'Rebels attacked a convoy.', summary: 'Rebels attacked a convoy. '.repeat(50) });
    expect(many.escalation).toBe(once.escalation);
  });

  it('is deterministic: the same input gives the same result, from the same or a fresh scorer', () => {
    const fresh = createScorer();
    for (const item of ITEMS) {
      const first = scorer.score(item);
      expect(scorer.score(item)).toEqual(first);
      expect(fresh.score(item)).toEqual(first);
    }
  });

  it('names the lexicon and gazetteer versions', () => {
    expect(scorer.lexiconVersion).toMatch(/^en-core@\d+\.\d+\.\d+\+gazetteer-en@\d+\.\d+\.\d+$/);
    expect(scorer.score({ title: 'x' }).lexiconVersion).toBe(scorer.lexiconVersion);
  });

  it('reports actors with the id of the party they stand for', () => {
    const result = scorer.score({ title: 'Caracas says Venezuelan envoy met US officials; Maduro welcomed the talks' });
    const ids = result.actors.map((actor) => `${actor.id}/${actor.kind}`);
    expect(ids).toEqual(expect.arrayContaining(['VEN/capital', 'VEN/demonym', 'USA/country', 'VEN/leader']));
    expect(scorer.score({ title: 'Let us talk' }).actors).toEqual([]);
  });

  it('handles empty and missing fields', () => {
    expect(scorer.score({ title: '' })).toMatchObject({ label: 'neutral', escalation: 0, deescalation: 0, net: 0, signals: [], actors: [] });
  });
});

describe('labels', () => {
  const tiny = createScorer({ lexicons: [tinyLexicon()], gazetteer: tinyGazetteer() });

  it('is neutral when neither side reaches the minimum', () => {
    expect(LABEL_THRESHOLDS.minimum).toBeGreaterThan(2.4);
    expect(tiny.score({ title: 'They bicker' })).toMatchObject({ label: 'neutral', escalation: 2.4 });
  });

  it('follows the stronger side once it reaches the minimum by the margin', () => {
    expect(LABEL_THRESHOLDS.minimum).toBeLessThanOrEqual(2.6);
    expect(tiny.score({ title: 'They grumble' }).label).toBe('escalation');
    expect(tiny.score({ title: 'They shake hands' }).label).toBe('de-escalation');
    expect(tiny.score({ title: 'A skirmish' }).label).toBe('escalation');
  });

  it('is neutral when the two sides are within the margin', () => {
    const result = tiny.score({ title: 'A skirmish, then a ceasefire' });
    expect(Math.abs(result.net)).toBeLessThan(LABEL_THRESHOLDS.margin);
    expect(result.label).toBe('neutral');
  });
});
