/** One news item as the scorer reads it. Only `title` is required. */
export interface ScoreInput {
  title: string;
  summary?: string;
  content?: string;
}

/** The input field a signal or actor was found in. */
export type TextField = 'title' | 'summary' | 'content';

/**
 * One piece of evidence: words that fired a category.
 * `polarity` '+' is escalation, '-' is de-escalation. `start`/`end` are UTF-16
 * offsets into `input[field]`, so `input[field].slice(start, end) === text`.
 */
export interface Signal {
  category: string;
  polarity: '+' | '-';
  weight: number;
  text: string;
  start: number;
  end: number;
  field: TextField;
}

/**
 * A party the item mentions, found through the gazetteer. `id` is the party
 * the words stand for (ISO 3166-1 alpha-3 for states, short codes for
 * organisations), so "Caracas", "Venezuelan" and "Maduro" all carry `VEN`;
 * `kind` says how it was named (country, capital, demonym, leader, ...).
 */
export interface ActorMention {
  id: string;
  name: string;
  kind: string;
  text: string;
  start: number;
  end: number;
  field: TextField;
}

/** The scorer's verdict on one item (PRODUCT §4 plus actors and the lexicon version). */
export interface ScoreResult {
  label: 'escalation' | 'de-escalation' | 'neutral';
  /** 0..10, summarising the strongest escalation signals. */
  escalation: number;
  /** 0..10, summarising the strongest de-escalation signals. */
  deescalation: number;
  /** escalation − deescalation, in −10..10. */
  net: number;
  signals: Signal[];
  actors: ActorMention[];
  lexiconVersion: string;
}

/** A compiled scorer: pure and deterministic, safe to share. */
export interface Scorer {
  score(input: ScoreInput): ScoreResult;
  readonly lexiconVersion: string;
}
