/**
 * A trie over integer token keys: for lexicons a key id per lemma or
 * "=form" (see compile-lexicon), for the gazetteer the form id itself. Each
 * node may end patterns (`payloads`, in data order). Inflections share a
 * lemma's edge, so the trie grows with the number of patterns, not with the
 * product of their inflections.
 *
 * Nodes are numbers (ROOT is 0). A TrieBuilder keeps each node's children
 * in a Map; freezing it gives a Trie whose children are sorted keys in one
 * Int32Array, so a walk reads a few neighbouring typed-array cells instead
 * of chasing objects across the heap.
 */
export const ROOT = 0;
/** No node: what `child` returns for a missing edge. */
export const NO_NODE = -1;

export class TrieBuilder<P> {
  /** Per node, its children by key (undefined for a leaf). */
  readonly #next: (Map<number, number> | undefined)[] = [undefined];
  /** Per node, the patterns ending there. */
  readonly payloads: (P[] | undefined)[] = [undefined];

  /** The child of `node` for `key`, created if missing. */
  child(node: number, key: number): number {
    const next = (this.#next[node] ??= new Map());
    let child = next.get(key);
    if (child === undefined) {
      child = this.payloads.length;
      this.payloads.push(undefined);
      this.#next.push(undefined);
      next.set(key, child);
    }
    return child;
  }

  /** Ends a pattern at `node` (once, however many spellings lead there). */
  addPayload(node: number, payload: P): void {
    const payloads = (this.payloads[node] ??= []);
    if (!payloads.includes(payload)) payloads.push(payload);
  }

  /** Adds a key sequence from the root, ending in `payload`. */
  insert(keys: readonly number[], payload: P): void {
    let node = ROOT;
    for (const key of keys) node = this.child(node, key);
    this.addPayload(node, payload);
  }

  freeze(): Trie<P> {
    const count = this.payloads.length;
    const firstEdge = new Int32Array(count + 1);
    for (let node = 0; node < count; node++) firstEdge[node + 1] = (firstEdge[node] as number) + (this.#next[node]?.size ?? 0);
    const edgeKeys = new Int32Array(firstEdge[count] as number);
    const edgeNodes = new Int32Array(edgeKeys.length);
    for (let node = 0; node < count; node++) {
      const next = this.#next[node];
      if (next === undefined) continue;
      const first = firstEdge[node] as number;
      let edge = first;
      next.forEach((_, key) => (edgeKeys[edge++] = key));
      edgeKeys.subarray(first, edge).sort();
      for (let k = first; k < edge; k++) edgeNodes[k] = next.get(edgeKeys[k] as number) ?? NO_NODE;
    }
    return new Trie(firstEdge, edgeKeys, edgeNodes, this.payloads);
  }
}

/** A frozen trie (see TrieBuilder.freeze). */
export class Trie<P> {
  /** Node n's children are edges firstEdge[n] .. firstEdge[n + 1] - 1. */
  readonly #firstEdge: Int32Array;
  /** Per edge, its key (ascending within a node) and the child node. */
  readonly #edgeKeys: Int32Array;
  readonly #edgeNodes: Int32Array;
  /** Per node, the patterns ending there, or undefined. */
  readonly payloads: readonly (readonly P[] | undefined)[];
  /** Per node, 1 when patterns end there: the walk asks at every node, and a byte is cheaper to reach than the payload list. */
  readonly #ends: Uint8Array;

  constructor(firstEdge: Int32Array, edgeKeys: Int32Array, edgeNodes: Int32Array, payloads: readonly (readonly P[] | undefined)[]) {
    this.#firstEdge = firstEdge;
    this.#edgeKeys = edgeKeys;
    this.#edgeNodes = edgeNodes;
    this.payloads = payloads;
    this.#ends = new Uint8Array(payloads.length);
    for (let node = 0; node < payloads.length; node++) this.#ends[node] = payloads[node] === undefined ? 0 : 1;
  }

  /** Whether patterns end at `node`. */
  endsPattern(node: number): boolean {
    return this.#ends[node] === 1;
  }

  /** Whether any pattern goes on past `node`. */
  hasChildren(node: number): boolean {
    return (this.#firstEdge[node] as number) < (this.#firstEdge[node + 1] as number);
  }

  /** The child of `node` for `key`, or NO_NODE (binary search over its edges). */
  child(node: number, key: number): number {
    const keys = this.#edgeKeys;
    let low = this.#firstEdge[node] as number;
    let high = (this.#firstEdge[node + 1] as number) - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = keys[middle] as number;
      if (at < key) low = middle + 1;
      else if (at > key) high = middle - 1;
      else return this.#edgeNodes[middle] as number;
    }
    return NO_NODE;
  }

  /** The keys of the edges leaving `node`, ascending. */
  childKeys(node: number): Int32Array {
    return this.#edgeKeys.subarray(this.#firstEdge[node], this.#firstEdge[node + 1]);
  }
}

/**
 * Nodes with payloads reached by a walk, longest match first, and the token
 * index just after each. Reused across walks so matching allocates nothing.
 */
export class TrieHits {
  readonly nodes: number[] = [];
  readonly ends: number[] = [];
  count = 0;

  clear(): void {
    this.count = 0;
  }

  /** Keeps hits ordered by end, longest first; equal ends keep walk order. */
  add(node: number, end: number): void {
    let k = this.count++;
    while (k > 0 && (this.ends[k - 1] ?? 0) < end) {
      this.nodes[k] = this.nodes[k - 1] ?? NO_NODE;
      this.ends[k] = this.ends[k - 1] ?? 0;
      k--;
    }
    this.nodes[k] = node;
    this.ends[k] = end;
  }
}
