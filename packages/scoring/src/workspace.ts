import type { GazetteerPayload } from './compile-gazetteer.js';
import type { CompiledEntry } from './compiled-lexicon.js';
import { createPrepared, type PreparedTokens } from './token-index.js';
import { TrieHits } from './token-trie.js';
import { createTokens, type Tokens } from './tokenize.js';

/**
 * Buffers one scorer reuses for every text it reads. Scoring is synchronous
 * and never re-entered, so one set per scorer is safe, and the hot path
 * allocates little more than its output.
 */
export interface Workspace {
  readonly tokens: Tokens;
  readonly prepared: PreparedTokens;
  readonly lexiconHits: TrieHits<CompiledEntry>;
  readonly gazetteerHits: TrieHits<GazetteerPayload>;
}

export function createWorkspace(): Workspace {
  const tokens = createTokens();
  return { tokens, prepared: createPrepared(tokens), lexiconHits: new TrieHits(), gazetteerHits: new TrieHits() };
}
