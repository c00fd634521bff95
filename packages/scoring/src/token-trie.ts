/**
 * A trie over token keys (lemmas, or "=form" for exact words): each node
 * may end patterns (`payloads`, in lexicon order). Inflections share a
 * lemma's edge, so the trie grows with the number of patterns, not with the
 * product of their inflections.
 */
export interface TrieNode<P> {
  next: Map<string, TrieNode<P>> | undefined;
  payloads: P[] | undefined;
}

export function createTrieNode<P>(): TrieNode<P> {
  return { next: undefined, payloads: undefined };
}

/** The child of `node` for `key`, created if missing. */
export function childFor<P>(node: TrieNode<P>, key: string): TrieNode<P> {
  node.next ??= new Map();
  let child = node.next.get(key);
  if (child === undefined) {
    child = createTrieNode<P>();
    node.next.set(key, child);
  }
  return child;
}

/** Ends a pattern at `node` (once, however many spellings lead there). */
export function addPayload<P>(node: TrieNode<P>, payload: P): void {
  node.payloads ??= [];
  if (!node.payloads.includes(payload)) node.payloads.push(payload);
}

/** Adds a key sequence to the trie, ending in `payload`. */
export function insertKeys<P>(root: TrieNode<P>, keys: readonly string[], payload: P): void {
  let node = root;
  for (const key of keys) node = childFor(node, key);
  addPayload(node, payload);
}

/** What the walk needs to know about the tokens of one text. */
export interface WalkTokens {
  readonly count: number;
  /** Form id per token (see FormIndex). */
  readonly form: readonly number[];
  readonly sentence: readonly number[];
  /** Per token, the trie keys it can stand for; undefined when it is in no pattern. */
  readonly infos: readonly ({ readonly keys: readonly string[] } | undefined)[];
}

/**
 * Nodes with payloads reached by a walk, longest match first, and the token
 * index just after each. Reused across walks so matching allocates nothing.
 */
export class TrieHits<P> {
  readonly nodes: TrieNode<P>[] = [];
  readonly ends: number[] = [];
  count = 0;

  clear(): void {
    this.count = 0;
  }

  /** Keeps hits ordered by end, longest first; equal ends keep walk order. */
  add(node: TrieNode<P>, end: number): void {
    let k = this.count++;
    while (k > 0 && (this.ends[k - 1] ?? 0) < end) {
      this.nodes[k] = this.nodes[k - 1] as TrieNode<P>;
      this.ends[k] = this.ends[k - 1] ?? 0;
      k--;
    }
    this.nodes[k] = node;
    this.ends[k] = end;
  }
}

const MAX_SKIPS = 2;

/**
 * Adds to `hits` every node with payloads reachable from `first` (the root
 * child for the token at `start`). Tokens in `skip` (articles,
 * possessives) may be passed over inside a pattern, so "signed a deal"
 * matches "sign deal"; at most two in a row, never across a sentence.
 */
export function walkFrom<P>(first: TrieNode<P>, tokens: WalkTokens, start: number, skip: ReadonlySet<number>, hits: TrieHits<P>): void {
  collect(first, start + 1, 0, tokens, tokens.sentence[start] ?? 0, skip, hits);
}

function collect<P>(node: TrieNode<P>, at: number, skipped: number, tokens: WalkTokens, sentence: number, skip: ReadonlySet<number>, hits: TrieHits<P>): void {
  if (skipped === 0 && node.payloads !== undefined) hits.add(node, at);
  const next = node.next;
  if (next === undefined || at >= tokens.count || tokens.sentence[at] !== sentence) return;
  let advanced = false;
  const info = tokens.infos[at];
  if (info !== undefined) {
    for (const key of info.keys) {
      const child = next.get(key);
      if (child === undefined) continue;
      advanced = true;
      collect(child, at + 1, 0, tokens, sentence, skip, hits);
    }
  }
  if (!advanced && skipped < MAX_SKIPS && skip.has(tokens.form[at] ?? -1)) collect(node, at + 1, skipped + 1, tokens, sentence, skip, hits);
}
