import { tokenize } from './tokenize.js';

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
 * Parses a pattern into slots, for inserting it without spelling out every
 * combination. Syntax: space-separated words, each a lemma matching its
 * inflections; `=word` only that form; `(a|b c|)` alternatives (an empty
 * one makes the slot optional); `word?` or `(..)?` optional. Words go
 * through the same tokenizer as the text, so "al-Qaeda" or "U.S." match
 * exactly as they will be tokenized. Throws PatternSyntaxError on bad
 * syntax or when the pattern could match nothing.
 */
export function patternSlots(pattern: string, inflect: Inflector, irregular: ReadonlyMap<string, readonly string[]>, cache: Map<string, PatternToken[]> = new Map()): Slot[] {
  const slots = parseSlots(pattern).map((raw) => toSlot(raw, inflect, irregular, cache));
  if (slots.every((slot) => slot.alternatives.some((alternative) => alternative.length === 0))) {
    throw new PatternSyntaxError(`pattern "${pattern}" can match nothing: every slot is optional`);
  }
  return slots;
}

interface RawSlot {
  alternatives: string[];
  optional: boolean;
}

function parseSlots(pattern: string): RawSlot[] {
  const slots: RawSlot[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === ' ') {
      i++;
      continue;
    }
    let body: string[];
    if (c === '(') {
      const close = pattern.indexOf(')', i);
      if (close < 0) throw new PatternSyntaxError(`pattern "${pattern}" has "(" without ")"`);
      body = pattern.slice(i + 1, close).split('|').map((alt) => alt.trim());
      i = close + 1;
    } else {
      let end = i;
      while (end < pattern.length && pattern[end] !== ' ' && pattern[end] !== '(') end++;
      body = [pattern.slice(i, end)];
      i = end;
    }
    let optional = false;
    if (pattern[i] === '?') {
      optional = true;
      i++;
    } else if (body.length === 1 && body[0]?.endsWith('?') === true) {
      optional = true;
      body = [body[0].slice(0, -1)];
    }
    if (body.some((alt) => /[()|?]/.test(alt))) throw new PatternSyntaxError(`pattern "${pattern}" has a stray "(", ")", "|" or "?"`);
    slots.push({ alternatives: body, optional });
  }
  if (slots.length === 0) throw new PatternSyntaxError('pattern is empty');
  return slots;
}

function toSlot(raw: RawSlot, inflect: Inflector, irregular: ReadonlyMap<string, readonly string[]>, cache: Map<string, PatternToken[]>): { alternatives: PatternToken[][] } {
  const alternatives = raw.alternatives.map((alt) => {
    // The same words recur across thousands of patterns; tokenize and inflect each once.
    let forms = cache.get(alt);
    if (forms === undefined) {
      forms = alternativeForms(alt, inflect, irregular);
      cache.set(alt, forms);
    }
    return forms;
  });
  if (raw.optional && !alternatives.some((alt) => alt.length === 0)) alternatives.push([]);
  return { alternatives };
}

function alternativeForms(alternative: string, inflect: Inflector, irregular: ReadonlyMap<string, readonly string[]>): PatternToken[] {
  const forms: PatternToken[] = [];
  for (const word of alternative.split(' ').filter((w) => w !== '')) {
    const exact = word.startsWith('=');
    const tokens = tokenize(exact ? word.slice(1) : word);
    if (tokens.count === 0) throw new PatternSyntaxError(`"${word}" has no letters or digits`);
    for (let k = 0; k < tokens.count; k++) {
      const norm = tokens.norm[k] ?? '';
      const last = k === tokens.count - 1;
      forms.push(exact || !last ? { key: `=${norm}`, forms: [norm] } : { key: norm, forms: inflect(norm, irregular.get(norm)) });
    }
  }
  return forms;
}
