import { describe, expect, it } from 'vitest';
import { NO_NODE, ROOT, TrieBuilder, TrieHits } from './token-trie.js';

describe('Trie', () => {
  it('finds children by key after freezing, whatever the insertion order', () => {
    const builder = new TrieBuilder<string>();
    builder.insert([7, 2], 'seven two');
    builder.insert([3], 'three');
    builder.insert([7, 9, 1], 'seven nine one');
    builder.insert([7, 2], 'again');
    const trie = builder.freeze();
    expect([...trie.childKeys(ROOT)]).toEqual([3, 7]);
    const seven = trie.child(ROOT, 7);
    expect([...trie.childKeys(seven)]).toEqual([2, 9]);
    expect(trie.payloads[trie.child(seven, 2)]).toEqual(['seven two', 'again']);
    expect(trie.endsPattern(seven)).toBe(false);
    expect(trie.hasChildren(trie.child(ROOT, 3))).toBe(false);
    expect(trie.child(ROOT, 4)).toBe(NO_NODE);
  });

  it('keeps walk hits longest first, equal lengths in the order found', () => {
    const hits = new TrieHits();
    hits.add(10, 2);
    hits.add(11, 4);
    hits.add(12, 2);
    expect(hits.nodes.slice(0, hits.count)).toEqual([11, 10, 12]);
    expect(hits.ends.slice(0, hits.count)).toEqual([4, 2, 2]);
  });
});
