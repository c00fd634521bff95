import type { GazetteerPayload } from './compile-gazetteer.js';
import type { PreparedTokens } from './token-index.js';
import { walkFrom, type TrieHits, type TrieNode } from './token-trie.js';
import type { ActorMention, TextField } from './types.js';

const NO_SKIP: ReadonlySet<number> = new Set();

export interface ActorScan {
  readonly mentions: ActorMention[];
  /** Token spans [start, end) of the mentions, so event words inside names ("Security Council") can be masked. */
  readonly spans: readonly (readonly [number, number])[];
  /** Highest actor level (LEVEL_NATIONAL / LEVEL_LOCAL / 0) per sentence id. */
  readonly levels: readonly number[];
}

/**
 * Finds gazetteer names, leftmost-longest ("Islamic State" before "State"),
 * and records per sentence the highest level of actor or role present.
 */
export function findActors(prepared: PreparedTokens, field: TextField, hits: TrieHits<GazetteerPayload>): ActorScan {
  const mentions: ActorMention[] = [];
  const spans: [number, number][] = [];
  const levels: number[] = [];
  if (!prepared.anyGazetteer) return { mentions, spans, levels };
  const { infos } = prepared;
  const { tokens } = prepared;
  let i = 0;
  while (i < tokens.count) {
    const first = infos[i]?.gazetteer;
    const found = first === undefined ? undefined : firstName(first, prepared, i, hits);
    if (found === undefined) {
      i++;
      continue;
    }
    const { payload, end } = found;
    const sentence = tokens.sentence[i] ?? 0;
    levels[sentence] = Math.max(levels[sentence] ?? 0, payload.level);
    if (payload.type === 'actor') {
      const from = tokens.start[i] ?? 0;
      const to = tokens.end[end - 1] ?? from;
      mentions.push({ id: payload.id, name: payload.name, kind: payload.kind, text: tokens.text.slice(from, to), start: from, end: to, field });
      spans.push([i, end]);
    }
    i = end;
  }
  return { mentions, spans, levels };
}

function firstName(first: TrieNode<GazetteerPayload>, prepared: PreparedTokens, start: number, hits: TrieHits<GazetteerPayload>): { payload: GazetteerPayload; end: number } | undefined {
  const { tokens } = prepared;
  hits.clear();
  walkFrom(first, prepared.walk, start, NO_SKIP, hits);
  for (let h = 0; h < hits.count; h++) {
    const end = hits.ends[h] ?? start + 1;
    for (const payload of hits.nodes[h]?.payloads ?? []) {
      // Exact aliases ("US") must keep their capitalisation, or "us" the pronoun would match.
      if (payload.exact !== undefined && tokens.text.slice(tokens.start[start], tokens.end[end - 1]) !== payload.exact) continue;
      return { payload, end };
    }
  }
  return undefined;
}
