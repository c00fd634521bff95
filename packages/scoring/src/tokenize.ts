import * as breaks from './break-at.js';
import * as formIndex from './form-index.js';
import type { FormIndex } from './form-index.js';

export { CLAUSE_BREAK, NO_BREAK, SENTENCE_BREAK } from './break-at.js';

// Private copies of what the hot loops import: the JIT re-reads and checks an imported binding at every use, but folds a module's own constants into its code.
const { breakAt, NO_BREAK, SENTENCE_BREAK } = breaks;
const { formOfEntry, NO_FORM, OPENS_CLAUSE, PACKED_LENGTH, PER_INT, packSymbol, ROLE_BITS, roleOfEntry, STARTS_NAME, STARTS_PATTERN } = formIndex;

/**
 * Words and numbers of one text, as parallel arrays so a long text costs a
 * few arrays rather than an object per token; offsets are UTF-16 indices
 * into the original text. Tokenized against a FormIndex, each token gets
 * its form id (`form`, NO_FORM when unknown) and no string is made, and the
 * form's roles are noted as it is emitted: its clause, and whether a name
 * or a pattern can start there (so the matchers visit only those tokens).
 * Without an index (patterns and names at load time), `norm` holds the
 * token lower-cased, with curly apostrophes made straight and diacritics
 * removed.
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
  /** Clause id per token: a break or a clause word ("but", "while") opens a new one. */
  readonly clause: number[];
  /** Indices of the tokens whose form starts a gazetteer name, ascending (nameStartCount of them). */
  readonly nameStarts: number[];
  nameStartCount: number;
  /** Indices of the tokens whose form starts a lexicon pattern, ascending (patternStartCount of them). */
  readonly patternStarts: number[];
  patternStartCount: number;
}

/** The look-up answer of a token without a form (see ROLE_BITS). */
const NO_ENTRY = NO_FORM << ROLE_BITS;

const SPACE = 32;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 8217;
const DOT = 46;
const COMMA = 44;

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
/** KIND of a letter or digit that does not pack (upper case, beyond ASCII): a bit no packing symbol has. */
const UNPACKED = 64;
const UNKNOWN = -1;
/**
 * Per UTF-16 code unit, one read answering both "is it part of a word?" and
 * "how does it pack?": 1–36 a lower-case ASCII letter or digit (its packing
 * symbol, see FormIndex), UNPACKED any other letter or digit, 0 anything
 * else; UNKNOWN until first seen beyond ASCII.
 */
const KIND = new Int8Array(65536).fill(UNKNOWN);
for (let c = 0; c < 128; c++) KIND[c] = packSymbol(c) || ((c >= 65 && c <= 90) ? UNPACKED : 0);

/** The KIND of `c`, learning it on first sight. */
function kindOf(c: number): number {
  let kind = KIND[c] as number;
  if (kind === UNKNOWN) {
    kind = c < 0xd800 || c > 0xdfff ? (LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? UNPACKED : 0) : 0;
    KIND[c] = kind;
  }
  return kind;
}

function isWordCode(c: number): boolean {
  return kindOf(c) > 0;
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

/**
 * Whether the plain run of letters ending at `at`, where `text` has `c`,
 * may go on (see extendWord): only a character beyond ASCII (a curly
 * apostrophe, an accented letter), or inner punctuation with a letter or
 * digit after it ("didn't", "1,200", "U.S"), so "said," and "said." need
 * no call.
 */
function mayExtend(c: number, text: string, at: number): boolean {
  if (c >= 128) return true;
  return (c === APOSTROPHE || c === DOT || c === COMMA) && at + 1 < text.length && isWordCode(text.charCodeAt(at + 1));
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

/**
 * Gives token `k`, just pushed, the form of look-up answer `entry` and notes
 * what the form's role bits (see ROLE_BITS) say about it. Which tokens open
 * a clause or start a name or pattern is unpredictable, so the notes are
 * counted with Number(condition), which compiles without a branch, rather
 * than with ifs the CPU would often mispredict.
 */
function setForm(tokens: Tokens, k: number, entry: number): void {
  const role = roleOfEntry(entry);
  tokens.form[k] = formOfEntry(entry);
  const previous = k === 0 ? 0 : (tokens.clause[k - 1] ?? 0);
  // A break is 1 or 2 and OPENS_CLAUSE is 4, so the OR is 0 only when neither opens a clause.
  tokens.clause[k] = previous + Number(((tokens.breakBefore[k] ?? NO_BREAK) | (role & OPENS_CLAUSE)) !== 0);
  tokens.nameStarts[tokens.nameStartCount] = k;
  tokens.nameStartCount += Number((role & STARTS_NAME) !== 0);
  tokens.patternStarts[tokens.patternStartCount] = k;
  tokens.patternStartCount += Number((role & STARTS_PATTERN) !== 0);
}

/** How many trailing characters of `word` form a clitic to split off: "n't" (3), "'s" (2), or 0; the apostrophe may be curly. */
function cliticLength(word: string, start: number, end: number): number {
  const n = end - start;
  if (n <= 2) return 0;
  const apostrophe = word.charCodeAt(end - 2);
  if (apostrophe !== APOSTROPHE && apostrophe !== RIGHT_QUOTE) return 0;
  const last = word.charCodeAt(end - 1);
  if (last === 116 && n > 3 && word.charCodeAt(end - 3) === 110) return 3;
  return last === 115 ? 2 : 0;
}

/**
 * Emits one word that is not a plain ASCII run (or any word when there is
 * no index), split into "did" + "n't" or "iran" + "'s" so each part can
 * match on its own. ASCII words are looked up in place, and so are words
 * whose only other character is a curly apostrophe ("Iran’s"), which the
 * index reads as a straight one; others are folded (curly quotes,
 * diacritics) into a string first.
 */
function pushWord(tokens: Tokens, index: FormIndex | undefined, start: number, end: number, sentence: number, breakBefore: number): void {
  const { lower } = tokens;
  const inPlace = index === undefined ? isAsciiSpan(lower, start, end) : isAsciiSpan(lower, start, end, RIGHT_QUOTE);
  const folded = inPlace ? undefined : normalise(lower.slice(start, end));
  const word = folded ?? lower;
  const from = folded === undefined ? start : 0;
  const to = folded === undefined ? end : folded.length;
  const cut = cliticLength(word, from, to);
  const parts = cut === 0 ? 1 : 2;
  for (let part = 0; part < parts; part++) {
    const a = part === 0 ? from : to - cut;
    const b = part === 0 ? to - cut : to;
    const k = push(tokens, part === 0 ? start : end - cut, part === 0 ? end - cut : end, sentence, part === 0 ? breakBefore : NO_BREAK);
    if (index === undefined) {
      tokens.norm[k] = word.slice(a, b);
      setForm(tokens, k, NO_ENTRY);
    } else {
      setForm(tokens, k, index.entryOf(folded === undefined ? index.idOfSpan(lower, a, b) : index.idOf(word.slice(a, b))));
    }
  }
}

/** Whether every character of the span is ASCII (or `also`). */
function isAsciiSpan(text: string, start: number, end: number, also = -1): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c > 127 && c !== also) return false;
  }
  return true;
}

/** The lower-cased text of token `k`. */
export function tokenText(tokens: Tokens, k: number): string {
  return tokens.lower.slice(tokens.start[k] ?? 0, tokens.end[k] ?? 0);
}

/** Whether token `k` is a number ("80", "1,200", "3.5"). */
export function isNumberToken(tokens: Tokens, k: number): boolean {
  return isDigit(tokens.lower.charCodeAt(tokens.start[k] ?? 0));
}

export function createTokens(): Tokens {
  return { text: '', lower: '', count: 0, norm: [], form: [], start: [], end: [], sentence: [], breakBefore: [], clause: [], nameStarts: [], nameStartCount: 0, patternStarts: [], patternStartCount: 0 };
}

/**
 * Splits a text into word and number tokens with offsets, sentence ids and
 * the punctuation between them. With `index`, tokens get form ids instead
 * of strings. Pass `tokens` to reuse its arrays (a scorer does, so scoring
 * allocates little); entries past `count` are stale.
 */
export function tokenize(text: string, index?: FormIndex, tokens: Tokens = createTokens()): Tokens {
  const aligned = begin(text, tokens);
  if (aligned && index !== undefined) readIndexed(tokens.lower, index, tokens);
  else readWords(aligned ? tokens.lower : text, index, tokens);
  return tokens;
}

/**
 * tokenize without an index, as loading reads patterns and names: a
 * function of its own, so that loading's thousands of runs are not counted
 * as runs of tokenize (see readIndexed).
 */
export function tokenizeWords(text: string, tokens: Tokens = createTokens()): Tokens {
  readWords(begin(text, tokens) ? tokens.lower : text, undefined, tokens);
  return tokens;
}

/** Starts `tokens` on `text`; false when lower-casing moved offsets, and a pass must read the original. */
function begin(text: string, tokens: Tokens): boolean {
  const lowered = text.toLowerCase();
  // Lower-casing keeps offsets unless a character changes length ("İ"); then the original is scanned.
  const aligned = lowered.length === text.length;
  tokens.text = text;
  tokens.lower = aligned ? lowered : lowerEachChar(text);
  tokens.count = 0;
  tokens.nameStartCount = 0;
  tokens.patternStartCount = 0;
  return aligned;
}

/**
 * The scorer's pass: plain runs of ASCII letters and digits, most words,
 * are packed as they are read and looked up in place; other words go
 * through pushWord. Kept apart from readWords, which loading runs thousands
 * of times: the JIT inlines a call only where it is frequent per run of
 * the calling function, and those runs would make the look-up and setForm
 * below look rare, leaving them calls in some processes and not in others.
 */
function readIndexed(scan: string, index: FormIndex, tokens: Tokens): void {
  const n = scan.length;
  let pending = NO_BREAK;
  let sentence = 0;
  let i = 0;
  while (i < n) {
    const c = scan.charCodeAt(i);
    const kind = (KIND[c] as number) < 0 ? kindOf(c) : (KIND[c] as number);
    if (kind === 0) {
      if (c !== SPACE) pending = Math.max(pending, breakAt(scan, i, tokens));
      i++;
      continue;
    }
    // The plain run of letters and digits, packed for the form look-up as it is read (see FormIndex); `bits` has UNPACKED if a character does not pack.
    let end = i + 1;
    let bits = kind;
    let low = kind;
    let high = 0;
    // The character that ends the run, kept for the checks after it rather than read again.
    let next = SPACE;
    while (end < n) {
      next = scan.charCodeAt(end);
      const symbol = KIND[next] as number;
      // Unknown characters end the plain run too; extendWord reads them.
      if (symbol <= 0) break;
      bits |= symbol;
      if (end - i < PER_INT) low = (low << 6) | symbol;
      else if (end - i < PACKED_LENGTH) high = (high << 6) | symbol;
      end++;
    }
    if (end === n) next = SPACE;
    const wordEnd = mayExtend(next, scan, end) ? extendWord(scan, i, end) : end;
    if (pending === SENTENCE_BREAK && tokens.count > 0) sentence++;
    const breakBefore = tokens.count > 0 ? pending : NO_BREAK;
    pending = NO_BREAK;
    // The common case, a plain run of lower-case ASCII letters or digits: no clitic, no folding.
    if (bits < UNPACKED && wordEnd === end) {
      setForm(tokens, push(tokens, i, end, sentence, breakBefore), end - i <= PACKED_LENGTH ? index.entryOfPacked(low, high) : index.entryOf(index.idOfSpan(scan, i, end)));
    } else {
      pushWord(tokens, index, i, wordEnd, sentence, breakBefore);
    }
    // A space after a word changes nothing, so the scan steps over it here instead of going round the loop for it.
    i = next === SPACE && wordEnd === end ? end + 1 : wordEnd;
  }
}

/** The pass for loading (no index) and for texts whose lower-casing moved offsets: every word goes through pushWord. */
function readWords(scan: string, index: FormIndex | undefined, tokens: Tokens): void {
  const n = scan.length;
  let pending = NO_BREAK;
  let sentence = 0;
  let i = 0;
  while (i < n) {
    const c = scan.charCodeAt(i);
    if (kindOf(c) === 0) {
      if (c !== SPACE) pending = Math.max(pending, breakAt(scan, i, tokens));
      i++;
      continue;
    }
    let end = i + 1;
    // Unknown characters end the plain run, as in readIndexed; extendWord reads them.
    while (end < n && (KIND[scan.charCodeAt(end)] as number) > 0) end++;
    if (end < n && mayExtend(scan.charCodeAt(end), scan, end)) end = extendWord(scan, i, end);
    if (pending === SENTENCE_BREAK && tokens.count > 0) sentence++;
    pushWord(tokens, index, i, end, sentence, tokens.count > 0 ? pending : NO_BREAK);
    pending = NO_BREAK;
    i = end;
  }
}

/** Lower-cases code unit by code unit, keeping every offset. */
function lowerEachChar(text: string): string {
  let out = '';
  for (const char of text) out += char.length === 1 && char.toLowerCase().length === 1 ? char.toLowerCase() : char;
  return out;
}
