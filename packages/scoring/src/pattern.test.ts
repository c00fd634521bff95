import { describe, expect, it } from 'vitest';
import { inflectEnglish, nounFormsEnglish } from './inflect.js';
import { patternSlots, PatternSyntaxError, type Slot } from './pattern.js';

const NO_IRREGULAR = new Map<string, readonly string[]>();

/** Every spelling of the slots, as space-joined keys. */
function spellings(slots: readonly Slot[]): string[] {
  return slots.reduce<string[][]>((heads, slot) => heads.flatMap((head) => slot.alternatives.map((alternative) => [...head, ...alternative.map((token) => token.key)])), [[]]).map((keys) => keys.join(' '));
}

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

describe('patternSlots', () => {
  it('expands alternatives and optional slots into key sequences', () => {
    const keys = spellings(patternSlots('(lift|ease) (the)? =sanctions', inflectEnglish, NO_IRREGULAR));
    expect(keys.sort()).toEqual(['ease =sanctions', 'ease the =sanctions', 'lift =sanctions', 'lift the =sanctions']);
  });

  it('tokenizes words like the text: hyphens split, only the last part inflects', () => {
    const [slot] = patternSlots('cease-fire', inflectEnglish, NO_IRREGULAR);
    const [alternative] = slot?.alternatives ?? [];
    expect(alternative?.map((token) => token.key)).toEqual(['=cease', 'fire']);
    expect(alternative?.[1]?.forms).toContain('fires');
  });

  it('rejects unbalanced brackets and all-optional patterns', () => {
    expect(() => patternSlots('(a|b', inflectEnglish, NO_IRREGULAR)).toThrow(PatternSyntaxError);
    expect(() => patternSlots('a? b?', inflectEnglish, NO_IRREGULAR)).toThrow(PatternSyntaxError);
  });
});
