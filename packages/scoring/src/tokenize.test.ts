import { describe, expect, it } from 'vitest';
import { CLAUSE_BREAK, NO_BREAK, SENTENCE_BREAK, tokenize } from './tokenize.js';

function words(text: string): string[] {
  const tokens = tokenize(text);
  return tokens.norm.slice(0, tokens.count);
}

describe('tokenize', () => {
  it('lower-cases words and keeps offsets into the original text', () => {
    const text = 'Missile STRIKE kills 80';
    const tokens = tokenize(text);
    expect(words(text)).toEqual(['missile', 'strike', 'kills', '80']);
    for (let k = 0; k < tokens.count; k++) expect(text.slice(tokens.start[k], tokens.end[k]).toLowerCase()).toBe(tokens.norm[k]);
  });

  it('splits clitics and hyphens, keeps acronyms and numbers whole', () => {
    expect(words("Iran's army didn't fire")).toEqual(['iran', "'s", 'army', 'did', "n't", 'fire']);
    expect(words('The U.S. sent 1,200 troops and 3.5 tonnes')).toEqual(['the', 'u.s', 'sent', '1,200', 'troops', 'and', '3.5', 'tonnes']);
    expect(words('a cease-fire in al-Qaeda areas')).toEqual(['a', 'cease', 'fire', 'in', 'al', 'qaeda', 'areas']);
  });

  it('folds curly apostrophes and diacritics, keeping offsets', () => {
    const text = 'Côte d’Ivoire’s envoy';
    const tokens = tokenize(text);
    expect(words(text)).toEqual(['cote', "d'ivoire", "'s", 'envoy']);
    expect(text.slice(tokens.start[1], tokens.end[1])).toBe('d’Ivoire');
  });

  it('keeps offsets when lower-casing changes a character\'s length', () => {
    const text = 'İstanbul talks';
    const tokens = tokenize(text);
    expect(text.slice(tokens.start[1], tokens.end[1])).toBe('talks');
  });

  it('records sentence and clause breaks, but not after abbreviations', () => {
    const tokens = tokenize('Gen. Smith spoke, then left. Talks resumed');
    expect(tokens.sentence.slice(0, tokens.count)).toEqual([0, 0, 0, 0, 0, 1, 1]);
    expect(tokens.breakBefore.slice(0, tokens.count)).toEqual([NO_BREAK, NO_BREAK, NO_BREAK, CLAUSE_BREAK, NO_BREAK, SENTENCE_BREAK, NO_BREAK]);
  });
});
