import { ScoredSpans } from './apply-context.js';
import { Matches } from './find-matches.js';
import { NameMask } from './name-mask.js';
import { CategoryBest } from './summarise.js';
import { TrieHits } from './token-trie.js';
import { createTokens, type Tokens } from './tokenize.js';

/**
 * Buffers one scorer reuses for every text it reads. Scoring is synchronous
 * and never re-entered, so one set per scorer is safe, and the hot path
 * allocates little more than its output.
 */
export interface Workspace {
  readonly tokens: Tokens;
  /** Words of the names found in the current text. */
  readonly names: NameMask;
  readonly lexiconHits: TrieHits;
  readonly gazetteerHits: TrieHits;
  /** Highest actor level per sentence id of the current text. */
  readonly levels: number[];
  readonly matches: Matches;
  readonly spans: ScoredSpans;
  /** The best signal weight per category of the current item. */
  readonly best: CategoryBest;
}

export function createWorkspace(categoryCount: number): Workspace {
  return {
    tokens: createTokens(),
    names: new NameMask(),
    lexiconHits: new TrieHits(),
    gazetteerHits: new TrieHits(),
    levels: [],
    matches: new Matches(),
    spans: new ScoredSpans(),
    best: new CategoryBest(categoryCount),
  };
}
