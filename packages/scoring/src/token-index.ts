import type { CompiledGazetteer, GazetteerPayload } from './compile-gazetteer.js';
import type { CompiledEntry, CompiledLexicon } from './compiled-lexicon.js';
import { NO_FORM, OPENS_CLAUSE, SKIPPABLE, STARTS_NAME, STARTS_PATTERN, type FormIndex } from './form-index.js';
import { NO_NODE, ROOT, type Trie } from './token-trie.js';

const NO_ENTRIES: readonly number[] = [];

/** A form record: its start group, then [from, to) of its trie keys. */
const FORM = 3;
const GROUP_OF = 0;
const KEYS_FROM = 1;

/** A group record: [from, to) of its start nodes, of its continuation keys, of its one-word entries. */
const GROUP = 6;
const STARTS_FROM = 0;
const CONTINUATION_FROM = 2;
const ALONE_FROM = 4;

/** Per lexicon entry number, bits of #entryBits. */
const CONDITIONAL = 1;
const FIRES = 2;

/**
 * From a form id to everything the form can do, in typed arrays, so the
 * pass over a text costs one small-table read per token however large the
 * vocabularies are, and matching reads neighbouring cells rather than
 * objects scattered over the heap.
 *
 * Forms whose trie keys lead to the same root children (the inflections of
 * a lemma) share a start group: its start nodes, the keys that can continue
 * a pattern from them, and the entries of its one-word patterns.
 */
export class TokenIndex {
  readonly lexicon: Trie<CompiledEntry>;
  readonly names: Trie<GazetteerPayload>;
  /** Per form id, its role bits (STARTS_PATTERN | STARTS_NAME | OPENS_CLAUSE | SKIPPABLE, see FormIndex). */
  readonly #roles: Uint8Array;
  /**
   * Per form id, one record of FORM int32: its start group (or -1) and where
   * its lexicon trie keys lie in #keys ([from, to), in the order a walk tries
   * them). Together, as a pattern start reads all three.
   */
  readonly #forms: Int32Array;
  readonly #keys: Int32Array;
  /** Per form id, the gazetteer node after it as a name's first word, or NO_NODE. */
  readonly #nameStart: Int32Array;
  /** Per form id, what it means alone when it is a whole name that nothing can extend and no spelling check applies ("police", "Venezuela"), so no walk is needed. */
  readonly #fixedName: (GazetteerPayload | undefined)[];
  /**
   * Per group, one record of GROUP int32 (see the *_FROM offsets): where its
   * start nodes, continuation keys and one-word entries lie in #starts,
   * #continuation and #aloneEntries. Kept together so a pattern start reads
   * one cache line, not three arrays.
   */
  readonly #groups: Int32Array;
  readonly #starts: Int32Array;
  /** Continuation keys, ascending within a group. */
  readonly #continuation: Int32Array;
  /**
   * Every lexicon entry, numbered: matching handles the numbers and reads an
   * entry object only when it has conditions or fires, so trying the many
   * words that start a pattern stays within typed arrays.
   */
  readonly #entries: CompiledEntry[] = [];
  /** Per entry number, CONDITIONAL | FIRES (has a category or cue; block entries do not fire). */
  readonly #entryBits: Uint8Array;
  /** The entries ending at trie node n, in match order, are nodeEntries[firstNodeEntry[n] .. firstNodeEntry[n + 1] - 1]. */
  readonly #firstNodeEntry: Int32Array;
  readonly #nodeEntries: Int32Array;
  /** One-word entries, in match order within a group. */
  readonly #aloneEntries: Int32Array;

  constructor(lexicon: CompiledLexicon, gazetteer: CompiledGazetteer, forms: FormIndex) {
    const { trie } = lexicon;
    this.lexicon = trie;
    this.names = gazetteer.names;
    const count = forms.forms.length;
    this.#roles = new Uint8Array(count);
    const firstKey = new Int32Array(count + 1);
    const groupOfForm = new Int32Array(count).fill(-1);
    this.#nameStart = new Int32Array(count).fill(NO_NODE);
    this.#fixedName = new Array<GazetteerPayload | undefined>(count).fill(undefined);
    // The root child of each key, so each form's start nodes are array reads.
    const startOfKey = new Int32Array(keyCount(lexicon.formKeys)).fill(NO_NODE);
    trie.childKeys(ROOT).forEach((key) => (startOfKey[key] = trie.child(ROOT, key)));
    const keys = formKeyLists(lexicon.formKeys, count, firstKey);
    // Groups by their start nodes: the node itself when there is one (the usual case), else the list joined.
    const groups = new Map<number | string, number>();
    const starts: number[][] = [];
    for (let id = 0; id < count; id++) {
      let first = NO_NODE;
      let more: number[] | undefined;
      for (let k = firstKey[id] as number; k < (firstKey[id + 1] as number); k++) {
        const node = startOfKey[keys[k] as number] as number;
        if (node === NO_NODE) continue;
        if (first === NO_NODE) first = node;
        else (more ??= [first]).push(node);
      }
      if (first === NO_NODE) continue;
      const signature = more === undefined ? first : more.join(',');
      let group = groups.get(signature);
      if (group === undefined) {
        group = starts.length;
        groups.set(signature, group);
        starts.push(more ?? [first]);
      }
      groupOfForm[id] = group;
      this.#roles[id] = STARTS_PATTERN;
    }
    this.#forms = new Int32Array(FORM * count);
    for (let id = 0; id < count; id++) {
      this.#forms[FORM * id + GROUP_OF] = groupOfForm[id] as number;
      this.#forms[FORM * id + KEYS_FROM] = firstKey[id] as number;
      this.#forms[FORM * id + KEYS_FROM + 1] = firstKey[id + 1] as number;
    }
    const { names } = gazetteer;
    names.childKeys(ROOT).forEach((id) => {
      const nameStart = names.child(ROOT, id);
      this.#nameStart[id] = nameStart;
      this.#roles[id] = (this.#roles[id] ?? 0) | STARTS_NAME;
      const payload = names.hasChildren(nameStart) ? undefined : names.payloads[nameStart]?.[0];
      if (payload?.exact === undefined) this.#fixedName[id] = payload;
    });
    this.#keys = keys;
    lexicon.clauseWords.forEach((id) => (this.#roles[id] = (this.#roles[id] ?? 0) | OPENS_CLAUSE));
    lexicon.skipWords.forEach((id) => (this.#roles[id] = (this.#roles[id] ?? 0) | SKIPPABLE));
    forms.assignRoles(this.#roles);
    const [firstStart, startNodes] = packLists(starts);
    const [firstContinuation, continuation] = packLists(starts.map((nodes) => continuationKeys(trie, nodes)));
    this.#starts = startNodes;
    this.#continuation = continuation;
    const numbers = new Map<CompiledEntry, number>();
    const numberOf = (entry: CompiledEntry): number => {
      let number = numbers.get(entry);
      if (number === undefined) {
        number = this.#entries.length;
        numbers.set(entry, number);
        this.#entries.push(entry);
      }
      return number;
    };
    const nodeEntries = trie.payloads.map((entries) => (entries === undefined ? NO_ENTRIES : entries.map(numberOf)));
    [this.#firstNodeEntry, this.#nodeEntries] = packLists(nodeEntries);
    const [firstAlone, aloneEntries] = packLists(starts.map((nodes) => (nodes.length === 1 ? (nodeEntries[nodes[0] ?? ROOT] ?? NO_ENTRIES) : nodes.flatMap((node) => nodeEntries[node] ?? NO_ENTRIES))));
    this.#aloneEntries = aloneEntries;
    this.#groups = new Int32Array(GROUP * starts.length);
    for (let group = 0; group < starts.length; group++) {
      const at = GROUP * group;
      this.#groups[at + STARTS_FROM] = firstStart[group] as number;
      this.#groups[at + STARTS_FROM + 1] = firstStart[group + 1] as number;
      this.#groups[at + CONTINUATION_FROM] = firstContinuation[group] as number;
      this.#groups[at + CONTINUATION_FROM + 1] = firstContinuation[group + 1] as number;
      this.#groups[at + ALONE_FROM] = firstAlone[group] as number;
      this.#groups[at + ALONE_FROM + 1] = firstAlone[group + 1] as number;
    }
    this.#entryBits = new Uint8Array(this.#entries.length);
    this.#entries.forEach((entry, number) => (this.#entryBits[number] = (entry.conditional ? CONDITIONAL : 0) | (entry.category !== undefined || entry.cue !== undefined ? FIRES : 0)));
  }

  /** The role bits of a form id (0 for NO_FORM); the FormIndex holds the same table for the tokenizer. */
  roleOf(form: number): number {
    return form === NO_FORM ? 0 : (this.#roles[form] as number);
  }

  /** Form `form`'s trie keys are keyAt(k) for k from keysFrom(form) up to keysTo(form). */
  keysFrom(form: number): number {
    return this.#forms[FORM * form + KEYS_FROM] as number;
  }

  keysTo(form: number): number {
    return this.#forms[FORM * form + KEYS_FROM + 1] as number;
  }

  keyAt(k: number): number {
    return this.#keys[k] as number;
  }

  /** The start group of a form that starts patterns (STARTS_PATTERN), else -1. */
  groupOf(form: number): number {
    return this.#forms[FORM * form + GROUP_OF] as number;
  }

  /** Group `group`'s start nodes are startAt(k) for k from startsFrom(group) up to startsTo(group), in key order. */
  startsFrom(group: number): number {
    return this.#groups[GROUP * group + STARTS_FROM] as number;
  }

  startsTo(group: number): number {
    return this.#groups[GROUP * group + STARTS_FROM + 1] as number;
  }

  startAt(k: number): number {
    return this.#starts[k] as number;
  }

  /** Whether some pattern of the group is longer than one word. */
  hasContinuation(group: number): boolean {
    const at = GROUP * group + CONTINUATION_FROM;
    return (this.#groups[at] as number) < (this.#groups[at + 1] as number);
  }

  /** Whether `key` leaves one of the group's start nodes (binary search). */
  continuesWith(group: number, key: number): boolean {
    const keys = this.#continuation;
    let low = this.#groups[GROUP * group + CONTINUATION_FROM] as number;
    let high = (this.#groups[GROUP * group + CONTINUATION_FROM + 1] as number) - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = keys[middle] as number;
      if (at < key) low = middle + 1;
      else if (at > key) high = middle - 1;
      else return true;
    }
    return false;
  }

  /** Group `group`'s one-word entries are aloneAt(k) for k from aloneFrom(group) up to aloneTo(group), in match order. */
  aloneFrom(group: number): number {
    return this.#groups[GROUP * group + ALONE_FROM] as number;
  }

  aloneTo(group: number): number {
    return this.#groups[GROUP * group + ALONE_FROM + 1] as number;
  }

  aloneAt(k: number): number {
    return this.#aloneEntries[k] as number;
  }

  /** The entries ending at lexicon trie node `node` are nodeEntryAt(firstNodeEntry(node)) .. nodeEntryAt(firstNodeEntry(node + 1) - 1), in match order. */
  firstNodeEntry(node: number): number {
    return this.#firstNodeEntry[node] as number;
  }

  nodeEntryAt(k: number): number {
    return this.#nodeEntries[k] as number;
  }

  /** Lexicon entry number `number`. */
  entry(number: number): CompiledEntry {
    return this.#entries[number] as CompiledEntry;
  }

  /** Whether the entry has requires/unless conditions to check. */
  isConditional(number: number): boolean {
    return ((this.#entryBits[number] as number) & CONDITIONAL) !== 0;
  }

  /** Whether the entry fires a signal or cue (block entries only consume words). */
  fires(number: number): boolean {
    return ((this.#entryBits[number] as number) & FIRES) !== 0;
  }

  /** The gazetteer node after `form` as the first word of a name (STARTS_NAME), else NO_NODE. */
  nameStart(form: number): number {
    return this.#nameStart[form] as number;
  }

  /** The payload of a one-word name that needs no walk (see #fixedName), else undefined. */
  fixedName(form: number): GazetteerPayload | undefined {
    return this.#fixedName[form];
  }
}

/** One more than the largest key id of form–key pairs. */
function keyCount(pairs: readonly number[]): number {
  let count = 0;
  for (let k = 1; k < pairs.length; k += 2) count = Math.max(count, (pairs[k] as number) + 1);
  return count;
}

/**
 * Form–key pairs as one list of keys per form id, in pair order, each key
 * once: writes where form f's keys start into firstKey[f] (and the end into
 * firstKey[count]) and returns the keys.
 */
function formKeyLists(pairs: readonly number[], count: number, firstKey: Int32Array): Int32Array {
  const sizes = new Int32Array(count + 1);
  for (let k = 0; k < pairs.length; k += 2) sizes[(pairs[k] as number) + 1] = (sizes[(pairs[k] as number) + 1] as number) + 1;
  for (let id = 0; id < count; id++) sizes[id + 1] = (sizes[id + 1] as number) + (sizes[id] as number);
  const keys = new Int32Array(pairs.length / 2);
  const filled = sizes.slice(0, count);
  for (let k = 0; k < pairs.length; k += 2) {
    const form = pairs[k] as number;
    const key = pairs[k + 1] as number;
    const end = filled[form] as number;
    let seen = false;
    for (let at = sizes[form] as number; at < end && !seen; at++) seen = keys[at] === key;
    if (seen) continue;
    keys[end] = key;
    filled[form] = end + 1;
  }
  // Repeated pairs leave gaps at the end of a form's range: close them up.
  let out = 0;
  for (let id = 0; id < count; id++) {
    firstKey[id] = out;
    for (let at = sizes[id] as number; at < (filled[id] as number); at++) keys[out++] = keys[at] as number;
  }
  firstKey[count] = out;
  return keys.subarray(0, out);
}

/** Lists of numbers packed into two typed arrays: list g is values[offsets[g] .. offsets[g + 1] - 1]. */
function packLists(lists: readonly ArrayLike<number>[]): [offsets: Int32Array, values: Int32Array] {
  const offsets = new Int32Array(lists.length + 1);
  for (let k = 0; k < lists.length; k++) offsets[k + 1] = (offsets[k] as number) + (lists[k]?.length ?? 0);
  const values = new Int32Array(offsets[lists.length] as number);
  for (let k = 0; k < lists.length; k++) {
    const list = lists[k] ?? NO_ENTRIES;
    const at = offsets[k] as number;
    for (let v = 0; v < list.length; v++) values[at + v] = list[v] as number;
  }
  return [offsets, values];
}

/** The keys leaving any of the start nodes, ascending and once each. */
function continuationKeys(trie: Trie<CompiledEntry>, nodes: readonly number[]): ArrayLike<number> {
  if (nodes.length === 1) return trie.childKeys(nodes[0] ?? ROOT);
  const keys = new Set<number>();
  for (const node of nodes) trie.childKeys(node).forEach((key) => keys.add(key));
  return Int32Array.from(keys).sort();
}
