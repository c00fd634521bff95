import type { CompiledCondition, CompiledEntry } from './compiled-lexicon.js';
import { NO_FORM } from './form-index.js';
import type { PreparedTokens } from './token-index.js';
import { walkFrom, type TrieHits, type TrieNode } from './token-trie.js';
import { isNumberToken, type Tokens } from './tokenize.js';

/** A lexicon entry that fired on tokens [start, end). */
export interface Match {
  readonly entry: CompiledEntry;
  readonly start: number;
  readonly end: number;
}

/**
 * Leftmost-longest matching: at each token, the longest pattern whose
 * conditions hold wins and consumes its tokens. Longer patterns are how
 * word sense is resolved ("hunger strike", "heart attack", "strike a deal"),
 * and block entries consume their words without firing. `hits` is a buffer
 * reused between calls.
 */
export function findMatches(prepared: PreparedTokens, skipWords: ReadonlySet<number>, hits: TrieHits<CompiledEntry>): Match[] {
  const matches: Match[] = [];
  if (!prepared.anyLexicon) return matches;
  const { infos } = prepared;
  let i = 0;
  while (i < prepared.tokens.count) {
    const info = infos[i];
    let found: Match | undefined;
    if (info?.lexicon !== undefined) {
      const alone = info.single ?? (continues(info.followers, prepared, i + 1, skipWords) ? undefined : info.alone);
      found = alone !== undefined ? firstSingle(alone, prepared.tokens, i) : firstAccepted(info.lexicon, prepared, i, skipWords, hits);
    }
    if (found === undefined) {
      i++;
      continue;
    }
    if (found.entry.category !== undefined || found.entry.cue !== undefined) matches.push(found);
    i = found.end;
  }
  return matches;
}

/** A token that is an inflection of several lemmas ("meeting": meet, meeting) starts several walks; the longest hit wins. */
function firstAccepted(
  first: readonly TrieNode<CompiledEntry>[],
  prepared: PreparedTokens,
  start: number,
  skipWords: ReadonlySet<number>,
  hits: TrieHits<CompiledEntry>,
): Match | undefined {
  hits.clear();
  for (const node of first) walkFrom(node, prepared.walk, start, skipWords, hits);
  for (let h = 0; h < hits.count; h++) {
    const end = hits.ends[h] ?? start + 1;
    for (const entry of hits.nodes[h]?.payloads ?? []) {
      if (conditionsHold(entry, prepared.tokens, start, end)) return { entry, start, end };
    }
  }
  return undefined;
}

/** Whether the token at `next` could continue a longer pattern: a follower form, or a skip word to pass over. */
function continues(followers: ReadonlySet<number> | undefined, prepared: PreparedTokens, next: number, skipWords: ReadonlySet<number>): boolean {
  if (followers === undefined || next >= prepared.tokens.count) return false;
  const form = prepared.tokens.form[next] ?? NO_FORM;
  return skipWords.has(form) || (prepared.infos[next] !== undefined && followers.has(form));
}

/** Fast path: only one-word patterns can end here, so there is nothing to walk. */
function firstSingle(entries: readonly CompiledEntry[], tokens: Tokens, start: number): Match | undefined {
  for (const entry of entries) if (conditionsHold(entry, tokens, start, start + 1)) return { entry, start, end: start + 1 };
  return undefined;
}

function conditionsHold(entry: CompiledEntry, tokens: Tokens, start: number, end: number): boolean {
  for (const condition of entry.requires) if (!windowHas(condition, tokens, start, end)) return false;
  for (const condition of entry.unless) if (windowHas(condition, tokens, start, end)) return false;
  return true;
}

/** Whether one of the condition's words is within its window around [start, end), in the same sentence. */
export function windowHas(condition: CompiledCondition, tokens: Tokens, start: number, end: number): boolean {
  const sentence = tokens.sentence[start];
  for (let k = start - 1; k >= 0 && k >= start - condition.before && tokens.sentence[k] === sentence; k--) {
    if (condition.words.has(tokens.form[k] ?? NO_FORM) || (condition.numbers && isNumberToken(tokens, k))) return true;
  }
  for (let k = end; k < tokens.count && k < end + condition.after && tokens.sentence[k] === sentence; k++) {
    if (condition.words.has(tokens.form[k] ?? NO_FORM) || (condition.numbers && isNumberToken(tokens, k))) return true;
  }
  return false;
}
