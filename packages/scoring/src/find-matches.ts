import type { CompiledCondition, CompiledEntry } from './compiled-lexicon.js';
import { NO_FORM, SKIPPABLE } from './form-index.js';
import type { NameMask } from './name-mask.js';
import type { TokenIndex } from './token-index.js';
import { NO_NODE, type TrieHits } from './token-trie.js';
import { isNumberToken, type Tokens } from './tokenize.js';

/**
 * The lexicon entries that fired in one text, in text order: entry `k`
 * covers tokens [start[k], end[k]). Parallel arrays reused from text to
 * text (entries past `count` are stale), so matching allocates nothing.
 */
export class Matches {
  readonly entries: CompiledEntry[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  count = 0;

  add(entry: CompiledEntry, start: number, end: number): void {
    const k = this.count++;
    this.entries[k] = entry;
    this.start[k] = start;
    this.end[k] = end;
  }
}

/**
 * Leftmost-longest matching: at each token, the longest pattern whose
 * conditions hold wins and consumes its tokens. Longer patterns are how
 * word sense is resolved ("hunger strike", "heart attack", "strike a deal"),
 * and block entries consume their words without firing; words of names
 * (`names`) are passed over. `hits` is a buffer reused between calls. Fills
 * `out`.
 */
export function findMatches(tokens: Tokens, names: NameMask, index: TokenIndex, hits: TrieHits, out: Matches): void {
  out.count = 0;
  // The first token not consumed by a match.
  let free = 0;
  for (let c = 0; c < tokens.patternStartCount; c++) {
    const i = tokens.patternStarts[c] ?? 0;
    if (i < free || names.has(i)) continue;
    const group = index.groupOf(tokens.form[i] ?? NO_FORM);
    // Walk only where the next word can continue a longer pattern; otherwise only one-word patterns can end here.
    const end = index.hasContinuation(group) && continues(group, tokens, names, index, i + 1, tokens.sentence[i] ?? 0, 0) ? walkAt(group, tokens, names, index, i, hits, out) : aloneAt(group, index, tokens, i, out);
    if (end >= 0) free = end;
  }
}

/** The first one-word entry of the group whose conditions hold at `start`: added to `out` if it fires; returns the end it consumes, or -1. */
function aloneAt(group: number, index: TokenIndex, tokens: Tokens, start: number, out: Matches): number {
  for (let k = index.aloneFrom(group); k < index.aloneTo(group); k++) {
    const entry = index.aloneAt(k);
    if (holds(entry, index, tokens, start, start + 1)) return accept(entry, index, start, start + 1, out);
  }
  return -1;
}

/**
 * The longest pattern from `start` whose conditions hold. A token that is
 * an inflection of several lemmas ("meeting": meet, meeting) starts several
 * walks; the longest hit wins, equal lengths in walk order.
 */
function walkAt(group: number, tokens: Tokens, names: NameMask, index: TokenIndex, start: number, hits: TrieHits, out: Matches): number {
  hits.clear();
  const sentence = tokens.sentence[start] ?? 0;
  for (let k = index.startsFrom(group); k < index.startsTo(group); k++) collect(index.startAt(k), start + 1, 0, tokens, names, index, sentence, hits);
  for (let h = 0; h < hits.count; h++) {
    const end = hits.ends[h] ?? start + 1;
    const node = hits.nodes[h] ?? NO_NODE;
    for (let k = index.firstNodeEntry(node); k < index.firstNodeEntry(node + 1); k++) {
      const entry = index.nodeEntryAt(k);
      if (holds(entry, index, tokens, start, end)) return accept(entry, index, start, end, out);
    }
  }
  return -1;
}

/** Whether entry number `entry` may match [start, end): no conditions, or they hold. */
function holds(entry: number, index: TokenIndex, tokens: Tokens, start: number, end: number): boolean {
  return !index.isConditional(entry) || conditionsHold(index.entry(entry), tokens, start, end);
}

/** Takes entry number `entry` for [start, end): added to `out` if it fires; returns `end`. */
function accept(entry: number, index: TokenIndex, start: number, end: number, out: Matches): number {
  if (index.fires(entry)) out.add(index.entry(entry), start, end);
  return end;
}

const MAX_SKIPS = 2;

/**
 * Adds to `hits` every node with payloads reachable from `node` with the
 * tokens from `at` on. Skip words (articles, possessives) may be passed
 * over inside a pattern, so "signed a deal" matches "sign deal"; at most
 * two in a row, never across a sentence.
 */
function collect(node: number, at: number, skipped: number, tokens: Tokens, names: NameMask, index: TokenIndex, sentence: number, hits: TrieHits): void {
  const trie = index.lexicon;
  if (skipped === 0 && trie.endsPattern(node)) hits.add(node, at);
  if (!trie.hasChildren(node) || at >= tokens.count || tokens.sentence[at] !== sentence) return;
  const form = tokens.form[at] ?? NO_FORM;
  let advanced = false;
  if (form !== NO_FORM && !names.has(at)) {
    for (let k = index.keysFrom(form); k < index.keysTo(form); k++) {
      const child = trie.child(node, index.keyAt(k));
      if (child === NO_NODE) continue;
      advanced = true;
      collect(child, at + 1, 0, tokens, names, index, sentence, hits);
    }
  }
  if (!advanced && skipped < MAX_SKIPS && (index.roleOf(form) & SKIPPABLE) !== 0) collect(node, at + 1, skipped + 1, tokens, names, index, sentence, hits);
}

/**
 * Whether a walk from the group's start nodes could get past them: the
 * token at `at` has a key that leaves a start node, or it is a skip word
 * and the next one can (as collect() would skip it). When not, only the
 * one-word patterns can end here and no walk is needed.
 */
function continues(group: number, tokens: Tokens, names: NameMask, index: TokenIndex, at: number, sentence: number, skipped: number): boolean {
  if (at >= tokens.count || tokens.sentence[at] !== sentence) return false;
  const form = tokens.form[at] ?? NO_FORM;
  if (form === NO_FORM) return false;
  if (!names.has(at)) {
    for (let k = index.keysFrom(form); k < index.keysTo(form); k++) if (index.continuesWith(group, index.keyAt(k))) return true;
  }
  return skipped < MAX_SKIPS && (index.roleOf(form) & SKIPPABLE) !== 0 && continues(group, tokens, names, index, at + 1, sentence, skipped + 1);
}

function conditionsHold(entry: CompiledEntry, tokens: Tokens, start: number, end: number): boolean {
  for (const condition of entry.requires) if (!windowHas(condition, tokens, start, end)) return false;
  for (const condition of entry.unless) if (windowHas(condition, tokens, start, end)) return false;
  return true;
}

/** Whether one of the condition's words is within its window around [start, end), in the same sentence. */
function windowHas(condition: CompiledCondition, tokens: Tokens, start: number, end: number): boolean {
  const { words, numbers } = condition;
  const { sentence: sentences, form: forms } = tokens;
  const sentence = sentences[start];
  const first = Math.max(0, start - condition.before);
  for (let k = start - 1; k >= first && sentences[k] === sentence; k--) {
    if (words.has(forms[k] ?? NO_FORM) || (numbers && isNumberToken(tokens, k))) return true;
  }
  const last = Math.min(tokens.count, end + condition.after);
  for (let k = end; k < last && sentences[k] === sentence; k++) {
    if (words.has(forms[k] ?? NO_FORM) || (numbers && isNumberToken(tokens, k))) return true;
  }
  return false;
}
