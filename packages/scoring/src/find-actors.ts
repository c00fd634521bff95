import type { GazetteerPayload } from './compile-gazetteer.js';
import { NO_FORM } from './form-index.js';
import type { NameMask } from './name-mask.js';
import type { TokenIndex } from './token-index.js';
import { NO_NODE, type Trie, type TrieHits } from './token-trie.js';
import type { Tokens } from './tokenize.js';
import type { ActorMention, TextField } from './types.js';

/**
 * Finds gazetteer names, leftmost-longest ("Islamic State" before "State"),
 * appending the parties to `mentions` and recording in `levels` the highest
 * actor level (LEVEL_NATIONAL / LEVEL_LOCAL / 0) per sentence id. The words
 * of each party's name are added to `names` (which this text starts anew),
 * for the lexicon matcher to pass over. `levels` is reset here for the
 * sentences of this text.
 */
export function findActors(tokens: Tokens, index: TokenIndex, field: TextField, hits: TrieHits, mentions: ActorMention[], levels: number[], names: NameMask): void {
  names.next(tokens.count);
  const sentences = tokens.count === 0 ? 0 : (tokens.sentence[tokens.count - 1] ?? 0) + 1;
  for (let s = 0; s < sentences; s++) levels[s] = 0;
  // The first token not yet part of a name: names do not overlap.
  let free = 0;
  for (let c = 0; c < tokens.nameStartCount; c++) {
    const i = tokens.nameStarts[c] ?? 0;
    if (i < free) continue;
    const form = tokens.form[i] ?? NO_FORM;
    let payload = index.fixedName(form);
    let end = i + 1;
    if (payload === undefined) {
      const found = firstName(index.names, index.nameStart(form), tokens, i, hits);
      if (found === undefined) continue;
      ({ payload, end } = found);
    }
    const sentence = tokens.sentence[i] ?? 0;
    levels[sentence] = Math.max(levels[sentence] ?? 0, payload.level);
    if (payload.type === 'actor') {
      const from = tokens.start[i] ?? 0;
      const to = tokens.end[end - 1] ?? from;
      mentions.push({ id: payload.id, name: payload.name, kind: payload.kind, text: tokens.text.slice(from, to), start: from, end: to, field });
      for (let k = i; k < end; k++) names.mask(k);
    }
    free = end;
  }
}

/**
 * The longest name starting at `start` whose spelling fits; `first` is the
 * node after its first word. Names match their words exactly, so the walk
 * follows form ids along a single path.
 */
function firstName(names: Trie<GazetteerPayload>, first: number, tokens: Tokens, start: number, hits: TrieHits): { payload: GazetteerPayload; end: number } | undefined {
  hits.clear();
  const sentence = tokens.sentence[start];
  let node = first;
  let at = start + 1;
  for (;;) {
    if (names.endsPattern(node)) hits.add(node, at);
    if (!names.hasChildren(node) || at >= tokens.count || tokens.sentence[at] !== sentence) break;
    const form = tokens.form[at] ?? NO_FORM;
    node = form === NO_FORM ? NO_NODE : names.child(node, form);
    if (node === NO_NODE) break;
    at++;
  }
  const from = tokens.start[start] ?? 0;
  for (let h = 0; h < hits.count; h++) {
    const end = hits.ends[h] ?? start + 1;
    const to = tokens.end[end - 1] ?? from;
    for (const payload of names.payloads[hits.nodes[h] ?? NO_NODE] ?? []) {
      // Exact aliases ("US") must keep their capitalisation, or "us" the pronoun would match.
      if (payload.exact !== undefined && (to - from !== payload.exact.length || !tokens.text.startsWith(payload.exact, from))) continue;
      return { payload, end };
    }
  }
  return undefined;
}
