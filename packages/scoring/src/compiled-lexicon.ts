import type { FormSet } from './form-set.js';
import type { Trie } from './token-trie.js';

/** A category ready for scoring. */
export interface CompiledCategory {
  readonly id: string;
  /** Its number among all merged categories (0 .. count − 1), for per-category tallies. */
  readonly ordinal: number;
  readonly polarity: '+' | '-';
  readonly weight: number;
  readonly actorScaled: boolean;
  /** What a reversed signal of this category becomes; undefined drops it. */
  readonly opposite: CompiledCategory | undefined;
}

/** A context condition with its words already inflected, as form ids. */
export interface CompiledCondition {
  readonly words: FormSet;
  /** The reserved word "#number" in the data: any number token satisfies the condition. */
  readonly numbers: boolean;
  readonly before: number;
  readonly after: number;
}

export interface CompiledCue {
  readonly kind: 'negation' | 'failure' | 'reversal' | 'modality';
  readonly factor: number;
  readonly scope: 'forward' | 'backward' | 'both';
  readonly window: number;
  readonly reach: 'clause' | 'sentence';
  /** A polarity or a set of category ids the cue is limited to; undefined: all. */
  readonly only: '+' | '-' | ReadonlySet<string> | undefined;
}

/** One lexicon entry as the matcher sees it. */
export interface CompiledEntry {
  /** Where it came from, for debugging: "en-core#12". */
  readonly ref: string;
  readonly category: CompiledCategory | undefined;
  readonly weight: number;
  readonly cue: CompiledCue | undefined;
  readonly magnitude: boolean;
  readonly requires: readonly CompiledCondition[];
  readonly unless: readonly CompiledCondition[];
  /** Whether `requires` or `unless` has anything, so the matcher can skip both without reading them. */
  readonly conditional: boolean;
}

/** Number words and multipliers used to read casualty counts, keyed by form id. */
export interface NumberWords {
  readonly words: ReadonlyMap<number, number>;
  readonly multipliers: ReadonlyMap<number, number>;
  readonly unitsAfter: ReadonlySet<number>;
  readonly labelsBefore: ReadonlySet<number>;
}

/** All lexicons merged into one trie plus the word lists the context rules need. */
export interface CompiledLexicon {
  readonly trie: Trie<CompiledEntry>;
  /** How many categories there are (see CompiledCategory.ordinal). */
  readonly categoryCount: number;
  /**
   * Which forms stand for which trie key ids (a lemma, "=form"), as pairs:
   * form id, key id, form id, key id, ... in the order the patterns
   * introduced them. A pair may repeat (a key registered by two files).
   */
  readonly formKeys: readonly number[];
  /** Form ids of words that open a clause. */
  readonly clauseWords: ReadonlySet<number>;
  /** Form ids of words a pattern may pass over. */
  readonly skipWords: ReadonlySet<number>;
  readonly numbers: NumberWords;
  readonly version: string;
}
