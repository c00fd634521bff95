import { createTokens, tokenizeWords } from './tokenize.js';

/**
 * One pattern position: the trie key it is stored under and the surface
 * forms that produce that key. A lemma's key is the lemma, so every
 * inflection shares one trie edge; an exact word's key is "=" + the word.
 */
export interface PatternToken {
  readonly key: string;
  readonly forms: readonly string[];
}
export type Inflector = (lemma: string, irregular?: readonly string[]) => string[];

/** Thrown for malformed pattern syntax; the compiler adds where it was found. */
export class PatternSyntaxError extends Error {}

/** One position of a pattern: its alternatives, each a token sequence (empty when the slot is optional). */
export interface Slot {
  readonly alternatives: readonly (readonly PatternToken[])[];
}

/**
 * Slots and words already parsed, by their text: the same slots ("(a|the)?")
 * and words recur across thousands of patterns, so each is tokenized and
 * inflected once per lexicon file.
 */
export class PatternCache {
  readonly slots = new Map<string, Slot>();
  readonly words = new Map<string, PatternToken[]>();
  /** Tokens by key: a key fixes its forms, so every pattern using "strike" shares one token (and one inflection). */
  readonly tokens = new Map<string, PatternToken>();
}

/**
 * Parses a pattern into slots, for inserting it without spelling out every
 * combination. Syntax: space-separated words, each a lemma matching its
 * inflections; `=word` only that form; `(a|b c|)` alternatives (an empty
 * one makes the slot optional); `word?` or `(..)?` optional. Words go
 * through the same tokenizer as the text, so "al-Qaeda" or "U.S." match
 * exactly as they will be tokenized. Throws PatternSyntaxError on bad
 * syntax or when the pattern could match nothing.
 */
export function patternSlots(pattern: string, inflect: Inflector, irregular: ReadonlyMap<string, readonly string[]>, cache = new PatternCache()): Slot[] {
  // Syntax first, over the whole pattern, then the words: so a pattern with both kinds of error reports its syntax.
  const texts: string[] = [];
  const raws: (RawSlot | undefined)[] = [];
  let i = 0;
  while (i < pattern.length) {
    if (pattern.charCodeAt(i) === SPACE) {
      i++;
      continue;
    }
    const end = slotEnd(pattern, i);
    const text = pattern.slice(i, end);
    texts.push(text);
    raws.push(cache.slots.has(text) ? undefined : parseSlot(text, pattern));
    i = end;
  }
  if (texts.length === 0) throw new PatternSyntaxError('pattern is empty');
  const slots = texts.map((text, k) => {
    let slot = cache.slots.get(text);
    if (slot === undefined) {
      slot = toSlot(raws[k] ?? parseSlot(text, pattern), inflect, irregular, cache);
      cache.slots.set(text, slot);
    }
    return slot;
  });
  if (slots.every((slot) => slot.alternatives.some((alternative) => alternative.length === 0))) {
    throw new PatternSyntaxError(`pattern "${pattern}" can match nothing: every slot is optional`);
  }
  return slots;
}

const SPACE = 32;
const OPEN = 40;
const CLOSE = 41;
const QUESTION = 63;

/** Where the slot starting at `start` ends: after its ")" (and "?"), or at the next space or "(". */
function slotEnd(pattern: string, start: number): number {
  if (pattern.charCodeAt(start) === OPEN) {
    const close = pattern.indexOf(')', start);
    if (close < 0) throw new PatternSyntaxError(`pattern "${pattern}" has "(" without ")"`);
    return pattern.charCodeAt(close + 1) === QUESTION ? close + 2 : close + 1;
  }
  let end = start;
  while (end < pattern.length && pattern.charCodeAt(end) !== SPACE && pattern.charCodeAt(end) !== OPEN) end++;
  return end;
}

interface RawSlot {
  alternatives: string[];
  optional: boolean;
}

/** The alternatives of one slot's text ("(a|b)?", "word?", "word"); `pattern` is for error messages. */
function parseSlot(text: string, pattern: string): RawSlot {
  let body: string[];
  let optional = false;
  if (text.charCodeAt(0) === OPEN) {
    const close = text.indexOf(')');
    body = text.slice(1, close).split('|').map((alt) => alt.trim());
    optional = text.charCodeAt(close + 1) === QUESTION;
  } else {
    body = [text];
  }
  const only = body[0];
  if (!optional && body.length === 1 && only?.endsWith('?') === true) {
    optional = true;
    body = [only.slice(0, -1)];
  }
  for (const alt of body) {
    for (let k = 0; k < alt.length; k++) {
      const c = alt.charCodeAt(k);
      if (c === OPEN || c === CLOSE || c === QUESTION || c === 124) throw new PatternSyntaxError(`pattern "${pattern}" has a stray "(", ")", "|" or "?"`);
    }
  }
  return { alternatives: body, optional };
}

function toSlot(raw: RawSlot, inflect: Inflector, irregular: ReadonlyMap<string, readonly string[]>, cache: PatternCache): Slot {
  const alternatives = raw.alternatives.map((alt) => {
    let forms = cache.words.get(alt);
    if (forms === undefined) {
      forms = alternativeForms(alt, inflect, irregular, cache.tokens);
      cache.words.set(alt, forms);
    }
    return forms;
  });
  if (raw.optional && !alternatives.some((alt) => alt.length === 0)) alternatives.push([]);
  return { alternatives };
}

/** Reused for every pattern word (loading is synchronous), rather than a fresh set of arrays each time. */
const WORD_TOKENS = createTokens();

function alternativeForms(alternative: string, inflect: Inflector, irregular: ReadonlyMap<string, readonly string[]>, tokensByKey: Map<string, PatternToken>): PatternToken[] {
  const forms: PatternToken[] = [];
  for (const word of alternative.split(' ').filter((w) => w !== '')) {
    const exact = word.startsWith('=');
    const tokens = tokenizeWords(exact ? word.slice(1) : word, WORD_TOKENS);
    if (tokens.count === 0) throw new PatternSyntaxError(`"${word}" has no letters or digits`);
    for (let k = 0; k < tokens.count; k++) {
      const norm = tokens.norm[k] ?? '';
      const inflected = !exact && k === tokens.count - 1;
      const key = inflected ? norm : `=${norm}`;
      let token = tokensByKey.get(key);
      if (token === undefined) {
        token = { key, forms: inflected ? inflect(norm, irregular.get(norm)) : [norm] };
        tokensByKey.set(key, token);
      }
      forms.push(token);
    }
  }
  return forms;
}
