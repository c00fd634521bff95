import { FNV_OFFSET, FNV_PRIME, type FormIndex } from './form-index.js';

/** No break before a token. */
export const NO_BREAK = 0;
/** A clause break (comma, colon, dash, bracket) before a token. */
export const CLAUSE_BREAK = 1;
/** A sentence break (., !, ?, ;) before a token. */
export const SENTENCE_BREAK = 2;

/**
 * Words and numbers of one text, as parallel arrays so a long text costs a
 * few arrays rather than an object per token; offsets are UTF-16 indices
 * into the original text. Tokenized against a FormIndex, each token gets
 * its form id (`form`, NO_FORM when unknown) and no string is made; without
 * one (patterns and names at load time), `norm` holds the token lower-cased,
 * with curly apostrophes made straight and diacritics removed.
 */
export interface Tokens {
  text: string;
  /** The text lower-cased (same offsets as `text`). */
  lower: string;
  count: number;
  readonly norm: string[];
  readonly form: number[];
  readonly start: number[];
  readonly end: number[];
  readonly sentence: number[];
  /** NO_BREAK, CLAUSE_BREAK or SENTENCE_BREAK: punctuation between this token and the previous one. */
  readonly breakBefore: number[];
}

const SPACE = 32;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 8217;
const DOT = 46;
const COMMA = 44;

// Abbreviations whose dot does not end a sentence ("Gen. Smith", "Mr. Lee").
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'gov', 'sen', 'rep', 'no', 'vs', 'prof', 'maj', 'adm', 'cpl', 'pvt', 'rev', 'hon', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'approx', 'est']);

const NON_ASCII = /[^\u0000-\u007f]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
/** Per UTF-16 code unit: 1 letter or digit, 2 anything else, 0 not yet known (filled lazily beyond ASCII). */
const WORD = new Int8Array(65536);
for (let c = 0; c < 128; c++) WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 2;

function isWordCode(c: number): boolean {
  let known = WORD[c];
  if (known === 0) {
    known = c >= 0xd800 && c <= 0xdfff ? 2 : LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    WORD[c] = known;
  }
  return known === 1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return !isDigit(c) && isWordCode(c);
}

/**
 * Extends a word past inner punctuation that belongs to it: apostrophes
 * ("didn't", "Côte d'Ivoire"), digit groups ("1,200", "3.5") and acronyms
 * ("U.S"). `at` is the first character after the plain letters.
 */
function extendWord(text: string, from: number, at: number): number {
  const n = text.length;
  let j = at;
  let segment = j - from;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isWordCode(c)) {
      j++;
      segment++;
      continue;
    }
    const prev = text.charCodeAt(j - 1);
    const next = j + 1 < n ? text.charCodeAt(j + 1) : 0;
    if ((c === APOSTROPHE || c === RIGHT_QUOTE) && isLetter(prev) && isLetter(next)) {
      j++;
    } else if ((c === DOT || c === COMMA) && isDigit(prev) && isDigit(next)) {
      j++;
    } else if (c === DOT && segment === 1 && isLetter(prev) && isLetter(next) && !isWordCode(j + 2 < n ? text.charCodeAt(j + 2) : SPACE)) {
      j++;
      segment = 0;
    } else {
      break;
    }
  }
  return j;
}

function normalise(raw: string): string {
  const straight = raw.includes('\u2019') ? raw.replaceAll('\u2019', "'") : raw;
  return straight.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function push(tokens: Tokens, start: number, end: number, sentence: number, breakBefore: number): number {
  const k = tokens.count++;
  tokens.start[k] = start;
  tokens.end[k] = end;
  tokens.sentence[k] = sentence;
  tokens.breakBefore[k] = breakBefore;
  return k;
}

/** How many trailing characters of `word` form a clitic to split off: "n't" (3), "'s" (2), or 0. */
function cliticLength(word: string, start: number, end: number): number {
  const n = end - start;
  if (n <= 2 || word.charCodeAt(end - 2) !== APOSTROPHE) return 0;
  const last = word.charCodeAt(end - 1);
  if (last === 116 && n > 3 && word.charCodeAt(end - 3) === 110) return 3;
  return last === 115 ? 2 : 0;
}

/**
 * Emits one word, split into "did" + "n't" or "iran" + "'s" so each part
 * can match on its own. ASCII words are looked up in place; others are
 * folded (curly quotes, diacritics) into a string first.
 */
function pushWord(tokens: Tokens, index: FormIndex | undefined, ascii: boolean, start: number, end: number, sentence: number, breakBefore: number, hash: number): void {
  const { lower } = tokens;
  const folded = ascii || isAsciiSpan(lower, start, end) ? undefined : normalise(lower.slice(start, end));
  const word = folded ?? lower;
  const from = folded === undefined ? start : 0;
  const to = folded === undefined ? end : folded.length;
  const cut = cliticLength(word, from, to);
  const parts = cut === 0 ? 1 : 2;
  for (let part = 0; part < parts; part++) {
    const a = part === 0 ? from : to - cut;
    const b = part === 0 ? to - cut : to;
    const k = push(tokens, part === 0 ? start : end - cut, part === 0 ? end - cut : end, sentence, part === 0 ? breakBefore : NO_BREAK);
    if (index === undefined) tokens.norm[k] = word.slice(a, b);
    else if (folded !== undefined) tokens.form[k] = index.idOf(word.slice(a, b));
    else tokens.form[k] = cut === 0 && hash >= 0 ? index.idOfSpan(lower, a, b, hash) : index.idOfSpan(lower, a, b);
  }
}

function isAsciiSpan(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) > 127) return false;
  return true;
}

/** The lower-cased text of token `k`. */
export function tokenText(tokens: Tokens, k: number): string {
  return tokens.lower.slice(tokens.start[k] ?? 0, tokens.end[k] ?? 0);
}

function isSentenceDot(text: string, at: number, tokens: Tokens): boolean {
  const last = tokens.count > 0 ? tokenText(tokens, tokens.count - 1) : undefined;
  if (last !== undefined && text.charCodeAt(at - 1) !== SPACE && (last.includes('.') || ABBREVIATIONS.has(last))) return false;
  // A lower-case letter or a digit after the dot continues the sentence ("approx. 50"); read the original case.
  let k = at + 1;
  while (k < text.length && text.charCodeAt(k) === SPACE) k++;
  const next = k < text.length ? tokens.text.charCodeAt(k) : 0;
  return !((next >= 97 && next <= 122) || isDigit(next));
}

function breakAt(text: string, at: number, tokens: Tokens): number {
  const c = text.charCodeAt(at);
  if (c === DOT) return isSentenceDot(text, at, tokens) ? SENTENCE_BREAK : NO_BREAK;
  if (c === 33 || c === 63 || c === 59) return SENTENCE_BREAK;
  if (c === COMMA || c === 58 || c === 40 || c === 41 || c === 8211 || c === 8212) return CLAUSE_BREAK;
  if (c === 45 && text.charCodeAt(at - 1) === SPACE && text.charCodeAt(at + 1) === SPACE) return CLAUSE_BREAK;
  return NO_BREAK;
}

/** Whether token `k` is a number ("80", "1,200", "3.5"). */
export function isNumberToken(tokens: Tokens, k: number): boolean {
  return isDigit(tokens.lower.charCodeAt(tokens.start[k] ?? 0));
}

export function createTokens(): Tokens {
  return { text: '', lower: '', count: 0, norm: [], form: [], start: [], end: [], sentence: [], breakBefore: [] };
}

/**
 * Splits a text into word and number tokens with offsets, sentence ids and
 * the punctuation between them. With `index`, tokens get form ids instead
 * of strings. Pass `tokens` to reuse its arrays (a scorer does, so scoring
 * allocates little); entries past `count` are stale.
 */
export function tokenize(text: string, index?: FormIndex, tokens: Tokens = createTokens()): Tokens {
  tokens.text = text;
  tokens.count = 0;
  const lowered = text.toLowerCase();
  // Lower-casing keeps offsets unless a character changes length ("İ"); then scan the original.
  const scan = lowered.length === text.length ? lowered : text;
  tokens.lower = scan === lowered ? lowered : lowerEachChar(text);
  // Most feed text is ASCII: then no token needs apostrophe or diacritic folding.
  const ascii = !NON_ASCII.test(text);
  const n = scan.length;
  let pending = NO_BREAK;
  let sentence = 0;
  let i = 0;
  while (i < n) {
    const c = scan.charCodeAt(i);
    if (c === SPACE) {
      i++;
      continue;
    }
    if (WORD[c] !== 1 && !isWordCode(c)) {
      pending = Math.max(pending, breakAt(scan, i, tokens));
      i++;
      continue;
    }
    // Hash the plain run of letters while scanning it, so the form look-up need not read it again.
    let end = i + 1;
    let hash = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
    for (let d = scan.charCodeAt(end); end < n && WORD[d] === 1; d = scan.charCodeAt(end)) {
      hash = Math.imul(hash ^ d, FNV_PRIME);
      end++;
    }
    const plainEnd = end;
    if (end < n && (!ascii || WORD[scan.charCodeAt(end)] !== 2 || isInnerMark(scan.charCodeAt(end)))) end = extendWord(scan, i, end);
    if (pending === SENTENCE_BREAK && tokens.count > 0) sentence++;
    const hashed = end === plainEnd && scan === lowered && c < 128 ? hash >>> 0 : -1;
    pushWord(tokens, index, ascii, i, end, sentence, tokens.count > 0 ? pending : NO_BREAK, hashed);
    pending = NO_BREAK;
    i = end;
  }
  return tokens;
}

/** Lower-cases code unit by code unit, keeping every offset. */
function lowerEachChar(text: string): string {
  let out = '';
  for (const char of text) out += char.length === 1 && char.toLowerCase().length === 1 ? char.toLowerCase() : char;
  return out;
}

function isInnerMark(c: number): boolean {
  return c === APOSTROPHE || c === DOT || c === COMMA;
}
