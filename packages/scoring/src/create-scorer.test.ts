import { describe, expect, it } from 'vitest';
import en from './lexicons/en.json' with { type: 'json' };
import gazetteer from './gazetteer/en.json' with { type: 'json' };
import { createScorer, GazetteerFile, LexiconError, LexiconFile } from './index.js';
import { tinyGazetteer, tinyLexicon } from './test-support/fixtures.js';

function failure(build: () => unknown): LexiconError {
  try {
    build();
  } catch (error) {
    if (error instanceof LexiconError) return error;
    throw error;
  }
  throw new Error('expected a LexiconError');
}

function withEntry(entry: Record<string, unknown>): Record<string, unknown> {
  const lexicon = tinyLexicon();
  return { ...lexicon, entries: [...(lexicon['entries'] as unknown[]), entry] };
}

describe('shipped data', () => {
  it('passes its own schemas', () => {
    expect(LexiconFile.safeParse(en).success).toBe(true);
    expect(GazetteerFile.safeParse(gazetteer).success).toBe(true);
  });
});

describe('createScorer validation', () => {
  it('accepts a small valid lexicon', () => {
    expect(createScorer({ lexicons: [tinyLexicon()], gazetteer: tinyGazetteer() }).lexiconVersion).toBe('test-tiny@1.0.0+test-gazetteer@1.0.0');
  });

  it('names the file, the path and the entry of an out-of-range weight', () => {
    const error = failure(() => createScorer({ lexicons: [withEntry({ patterns: ['volley'], category: 'clash', weight: 11 })], gazetteer: tinyGazetteer() }));
    expect(error.code).toBe('lexicon_invalid');
    expect(error.path).toEqual(['entries', 9, 'weight']);
    expect(error.message).toContain('lexicon "test-tiny"');
    expect(error.message).toContain('entries[9].weight');
    expect(error.message).toContain('"volley"');
  });

  it('refuses a category that does not exist', () => {
    const error = failure(() => createScorer({ lexicons: [withEntry({ patterns: ['volley'], category: 'clsh' })], gazetteer: tinyGazetteer() }));
    expect(error.code).toBe('unknown_category');
    expect(error.message).toContain('unknown category "clsh"');
  });

  it('refuses a condition on an unknown word set', () => {
    const error = failure(() => createScorer({ lexicons: [withEntry({ patterns: ['volley'], category: 'clash', requires: [{ set: 'sprot', after: 2 }] })], gazetteer: tinyGazetteer() }));
    expect(error.code).toBe('unknown_set');
  });

  it('refuses malformed pattern syntax', () => {
    const error = failure(() => createScorer({ lexicons: [withEntry({ patterns: ['(volley|salvo'], category: 'clash' })], gazetteer: tinyGazetteer() }));
    expect(error.code).toBe('bad_pattern');
    expect(error.path).toEqual(['entries', 9, 'patterns', 0]);
  });

  it('refuses an entry that neither fires, cues nor blocks', () => {
    expect(failure(() => createScorer({ lexicons: [withEntry({ patterns: ['volley'] })], gazetteer: tinyGazetteer() })).code).toBe('lexicon_invalid');
  });

  it('refuses a file without a language, and unknown fields', () => {
    const { lang: _lang, ...noLang } = tinyLexicon();
    expect(failure(() => createScorer({ lexicons: [noLang], gazetteer: tinyGazetteer() })).path).toEqual(['lang']);
    expect(failure(() => createScorer({ lexicons: [tinyLexicon({ colour: 'red' })], gazetteer: tinyGazetteer() })).code).toBe('lexicon_invalid');
  });

  it('refuses categories that two files define differently', () => {
    const other = tinyLexicon({ id: 'test-other', entries: [], categories: { clash: { polarity: '-', weight: 6, cameo: ['19'], plover: 'ASSAULT', description: 'conflicting' } } });
    expect(failure(() => createScorer({ lexicons: [tinyLexicon(), other], gazetteer: tinyGazetteer() })).code).toBe('conflicting_category');
  });

  it('refuses an empty list of lexicons and a bad gazetteer', () => {
    expect(failure(() => createScorer({ lexicons: [], gazetteer: tinyGazetteer() })).code).toBe('no_lexicon');
    const error = failure(() => createScorer({ lexicons: [tinyLexicon()], gazetteer: tinyGazetteer({ actors: [{ id: 'ven', name: 'Venezuela', kind: 'country' }] }) }));
    expect(error.code).toBe('gazetteer_invalid');
    expect(error.path).toEqual(['actors', 0, 'id']);
  });
});

describe('a second lexicon', () => {
  it('adds vocabulary and reuses the first file\'s categories and sets', () => {
    const extra = { id: 'test-extra', version: '0.1.0', lang: 'en', entries: [{ patterns: ['melee'], category: 'clash', unless: [{ set: 'sport', after: 3 }] }] };
    const scorer = createScorer({ lexicons: [tinyLexicon(), extra], gazetteer: tinyGazetteer() });
    expect(scorer.score({ title: 'A melee broke out' }).signals.map((signal) => signal.category)).toEqual(['clash']);
    expect(scorer.score({ title: 'A melee in the match' }).signals).toEqual([]);
    expect(scorer.lexiconVersion).toBe('test-tiny@1.0.0+test-extra@0.1.0+test-gazetteer@1.0.0');
  });
});

describe('the tiny lexicon\'s cues', () => {
  const scorer = createScorer({ lexicons: [tinyLexicon()], gazetteer: tinyGazetteer() });

  it('applies negation, modality and reversal from data', () => {
    expect(scorer.score({ title: 'not a skirmish' }).signals).toEqual([]);
    expect(scorer.score({ title: 'a skirmish may follow' }).signals[0]?.weight).toBe(6);
    expect(scorer.score({ title: 'may skirmish' }).signals[0]?.weight).toBe(3);
    expect(scorer.score({ title: 'they end the skirmish' }).signals.map((signal) => signal.category)).toEqual(['truce']);
  });

  it('blocks a sense by context and matches exact-case aliases only as written', () => {
    expect(scorer.score({ title: 'a skirmish before the match' }).signals).toEqual([]);
    expect(scorer.score({ title: 'VE forces' }).actors.map((actor) => actor.id)).toEqual(['VEN']);
    expect(scorer.score({ title: 've forces' }).actors).toEqual([]);
  });
});
