import { describe, expect, it } from 'vitest';
import { inflectEnglish, nounFormsEnglish } from './inflect.js';
import { expandPattern, PatternSyntaxError } from './pattern.js';

const NO_IRREGULAR = new Map<string, readonly string[]>();

describe('inflectEnglish', () => {
  it('produces plural, past and gerund forms, with doubling and irregulars', () => {
    expect(inflectEnglish('kill')).toEqual(expect.arrayContaining(['kill', 'kills', 'killed', 'killing', 'killings']));
    expect(inflectEnglish('ban')).toEqual(expect.arrayContaining(['bans', 'banned', 'banning']));
    expect(inflectEnglish('casualty')).toContain('casualties');
    expect(inflectEnglish('strike', ['struck'])).toEqual(expect.arrayContaining(['strikes', 'striking', 'struck']));
  });

  it('gives context words only their plural', () => {
    expect(nounFormsEnglish('unit')).toEqual(['unit', 'units']);
  });
});

describe('expandPattern', () => {
  it('expands alternatives and optional slots into key sequences', () => {
    const keys = expandPattern('(lift|ease) (the)? =sanctions', inflectEnglish, NO_IRREGULAR).map((sequence) => sequence.map((token) => token.key).join(' '));
    expect(keys.sort()).toEqual(['ease =sanctions', 'ease the =sanctions', 'lift =sanctions', 'lift the =sanctions']);
  });

  it('tokenizes words like the text: hyphens split, only the last part inflects', () => {
    const [sequence] = expandPattern('cease-fire', inflectEnglish, NO_IRREGULAR);
    expect(sequence?.map((token) => token.key)).toEqual(['=cease', 'fire']);
    expect(sequence?.[1]?.forms).toContain('fires');
  });

  it('rejects unbalanced brackets and all-optional patterns', () => {
    expect(() => expandPattern('(a|b', inflectEnglish, NO_IRREGULAR)).toThrow(PatternSyntaxError);
    expect(() => expandPattern('a? b?', inflectEnglish, NO_IRREGULAR)).toThrow(PatternSyntaxError);
  });
});
