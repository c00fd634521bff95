import type { Tokens } from './tokenize.js';

// The tokenizer's hot loop reads these: the JIT re-reads and checks an exported binding at every use but folds a module's own constants into its code, so the module uses private names and exports copies.
const NONE = 0;
const CLAUSE = 1;
const SENTENCE = 2;

/** No break before a token. */
export const NO_BREAK = NONE;
/** A clause break (comma, colon, dash, bracket) before a token. */
export const CLAUSE_BREAK = CLAUSE;
/** A sentence break (., !, ?, ;) before a token. */
export const SENTENCE_BREAK = SENTENCE;

const SPACE = 32;
const DOT = 46;

// Abbreviations whose dot does not end a sentence ("Gen. Smith", "Mr. Lee").
const ABBREVIATIONS = ['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'gov', 'sen', 'rep', 'no', 'vs', 'prof', 'maj', 'adm', 'cpl', 'pvt', 'rev', 'hon', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'approx', 'est'];
/** Longer tokens cannot be abbreviations. */
const LONGEST_ABBREVIATION = Math.max(...ABBREVIATIONS.map((word) => word.length));

/**
 * A short run of a–z as a number (base 27, so lengths never collide), or
 * -1: every sentence end asks whether the word before the dot is an
 * abbreviation, and a number is checked without making a string.
 */
function letterCode(text: string, start: number, end: number): number {
  let code = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) return -1;
    code = code * 27 + (c - 96);
  }
  return code;
}

const ABBREVIATION_CODES = new Set(ABBREVIATIONS.map((word) => letterCode(word, 0, word.length)));

/** Whether token `k` contains a dot ("u.s") or is an abbreviation ("gen", "approx"). */
function isAbbreviation(tokens: Tokens, k: number): boolean {
  const start = tokens.start[k] ?? 0;
  const end = tokens.end[k] ?? 0;
  for (let j = start; j < end; j++) if (tokens.lower.charCodeAt(j) === DOT) return true;
  return end - start <= LONGEST_ABBREVIATION && ABBREVIATION_CODES.has(letterCode(tokens.lower, start, end));
}

function isSentenceDot(text: string, at: number, tokens: Tokens): boolean {
  if (tokens.count > 0 && text.charCodeAt(at - 1) !== SPACE && isAbbreviation(tokens, tokens.count - 1)) return false;
  // A lower-case letter or a digit after the dot continues the sentence ("approx. 50"); read the original case.
  let k = at + 1;
  while (k < text.length && text.charCodeAt(k) === SPACE) k++;
  const next = k < text.length ? tokens.text.charCodeAt(k) : 0;
  return !((next >= 97 && next <= 122) || (next >= 48 && next <= 57));
}

/**
 * The break that the character at `at` of `text` (the text being
 * tokenized, lower-cased) makes between the words around it; `tokens` holds
 * the words read so far.
 */
export function breakAt(text: string, at: number, tokens: Tokens): number {
  const c = text.charCodeAt(at);
  if (c === DOT) return isSentenceDot(text, at, tokens) ? SENTENCE : NONE;
  if (c === 33 || c === 63 || c === 59) return SENTENCE;
  if (c === 44 || c === 58 || c === 40 || c === 41 || c === 8211 || c === 8212) return CLAUSE;
  if (c === 45 && text.charCodeAt(at - 1) === SPACE && text.charCodeAt(at + 1) === SPACE) return CLAUSE;
  return NONE;
}
