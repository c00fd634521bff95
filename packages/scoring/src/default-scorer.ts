import gazetteer from './gazetteer/en.json' with { type: 'json' };
import en from './lexicons/en.json' with { type: 'json' };
import { LexiconError } from './lexicon-error.js';
import { buildScorer } from './scorer.js';
import type { Scorer } from './types.js';

/** The vocabulary shipped with the package. */
export const DEFAULT_LEXICONS: readonly unknown[] = Object.freeze([en]);
export const DEFAULT_GAZETTEER: unknown = gazetteer;

export interface CreateScorerOptions {
  /** Lexicon files (parsed JSON); default: the shipped English lexicon. */
  lexicons?: unknown[];
  /** A gazetteer file (parsed JSON); default: the shipped English gazetteer. */
  gazetteer?: unknown;
}

/**
 * Builds a scorer, validating every file with its zod schema first.
 * Throws a LexiconError naming the file and entry at the first problem.
 */
export function createScorer(options: CreateScorerOptions = {}): Scorer {
  const lexicons = options.lexicons ?? DEFAULT_LEXICONS;
  if (!Array.isArray(lexicons)) throw new LexiconError('no_lexicon', 'lexicons', [], 'give an array of lexicon files');
  return buildScorer({ lexicons, gazetteer: options.gazetteer ?? DEFAULT_GAZETTEER });
}

let shared: Scorer | undefined;

/** The scorer over the shipped data, compiled on first use and shared afterwards. */
export function getDefaultScorer(): Scorer {
  shared ??= createScorer();
  return shared;
}
