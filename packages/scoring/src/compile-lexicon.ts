import { compileCategories } from './compile-categories.js';
import type { CompiledCategory, CompiledCondition, CompiledCue, CompiledEntry, CompiledLexicon } from './compiled-lexicon.js';
import { inflectorFor, nounInflectorFor } from './inflect.js';
import { LexiconError } from './lexicon-error.js';
import { LexiconFile, type LexiconCondition, type LexiconCue, type LexiconEntry } from './lexicon-schema.js';
import { PatternCache, patternSlots, PatternSyntaxError, type Inflector, type PatternToken, type Slot } from './pattern.js';
import { ROOT, TrieBuilder } from './token-trie.js';
import { compileWordLists } from './compile-word-lists.js';
import type { FormIndex } from './form-index.js';
import { FormSet } from './form-set.js';
import { zodProblem } from './zod-problem.js';

/** Reserved condition word that stands for any number token. */
const NUMBER_WORD = '#number';

interface LexiconScope {
  trie: TrieBuilder<CompiledEntry>;
  forms: FormIndex;
  /** Parsed slots and expanded words, shared by the entries of one file. */
  patterns: PatternCache;
  /** The key id of each pattern token already registered (tokens are shared, so each is registered once). */
  registered: Map<PatternToken, number>;
  /** The key ids of each alternative already inserted: alternatives are shared by many patterns. */
  alternativeKeys: Map<readonly PatternToken[], readonly number[]>;
  /** Trie key ids by key ("strike", "=u.s"), shared by all files. */
  keyIds: Map<string, number>;
  /** Which forms stand for which trie keys: form id, key id, form id, key id, ... in the order the patterns introduced them. */
  formKeys: number[];
  source: string;
  file: LexiconFile;
  inflect: Inflector;
  irregular: ReadonlyMap<string, readonly string[]>;
  categories: ReadonlyMap<string, CompiledCategory>;
  sets: ReadonlyMap<string, ReadonlySet<string>>;
  /** Condition word lists already compiled, by language, set and words: many entries share a set. */
  conditionWords: Map<string, Pick<CompiledCondition, 'words' | 'numbers'>>;
}

/**
 * Validates lexicon files and compiles them into one trie, registering
 * every surface form in `forms`. Throws a LexiconError naming the file and
 * the entry at the first problem.
 */
export function compileLexicons(raw: readonly unknown[], forms: FormIndex): CompiledLexicon {
  if (raw.length === 0) throw new LexiconError('no_lexicon', 'lexicons', [], 'give at least one lexicon file');
  const files = raw.map(parseLexicon);
  const categories = compileCategories(files);
  const trie = new TrieBuilder<CompiledEntry>();
  const sets = mergeSets(files);
  const formKeys: number[] = [];
  const keyIds = new Map<string, number>();
  const conditionWords = new Map<string, Pick<CompiledCondition, 'words' | 'numbers'>>();
  for (const { source, file } of files) {
    const inflect = withFixedWords(inflectorFor(file.lang), new Set(file.uninflected));
    const irregular = new Map(Object.entries(file.inflections));
    const scope: LexiconScope = { trie, forms, patterns: new PatternCache(), registered: new Map(), alternativeKeys: new Map(), keyIds, formKeys, source, file, inflect, irregular, categories, sets, conditionWords };
    file.entries.forEach((entry, index) => insertEntry(scope, entry, index));
  }
  const version = files.map(({ file }) => `${file.id}@${file.version}`).join('+');
  orderPayloads(trie);
  return { trie: trie.freeze(), categoryCount: categories.size, formKeys, ...compileWordLists(files.map(({ file }) => file), forms), version };
}

function parseLexicon(data: unknown, index: number): { source: string; file: LexiconFile } {
  const parsed = LexiconFile.safeParse(data);
  const id = typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'string' ? data.id : undefined;
  const source = id === undefined ? `lexicons[${index}]` : `lexicon "${id}"`;
  if (!parsed.success) {
    const { path, problem } = zodProblem(parsed.error, data);
    throw new LexiconError('lexicon_invalid', source, path, problem, { cause: parsed.error });
  }
  return { source, file: parsed.data };
}


/** Closed-class words are matched as written: inflecting "us" would give "used". */
function withFixedWords(inflect: Inflector, fixed: ReadonlySet<string>): Inflector {
  return (lemma, irregular) => (fixed.has(lemma) ? [lemma] : inflect(lemma, irregular));
}

/** Sets are shared across files, so an add-on lexicon can reuse the core's word lists. */
function mergeSets(files: readonly { file: LexiconFile }[]): Map<string, Set<string>> {
  const sets = new Map<string, Set<string>>();
  for (const { file } of files) {
    const inflect = nounInflectorFor(file.lang);
    for (const [name, words] of Object.entries(file.sets)) {
      const set = sets.get(name) ?? new Set<string>();
      for (const form of inflectAll(words, inflect)) set.add(form);
      sets.set(name, set);
    }
  }
  return sets;
}

/** Context words match as written or as plurals (see nounFormsEnglish); "=word" only as written. */
function inflectAll(words: readonly string[], inflect: (lemma: string) => string[]): Set<string> {
  const forms = new Set<string>();
  for (const word of words) {
    const lemma = word.toLowerCase();
    const exact = lemma.startsWith('=') || lemma === NUMBER_WORD;
    for (const form of exact ? [lemma.replace(/^=/, '')] : inflect(lemma)) forms.add(form);
  }
  return forms;
}

function insertEntry(scope: LexiconScope, entry: LexiconEntry, index: number): void {
  const path = ['entries', index] as const;
  const category = entry.category === undefined ? undefined : resolveCategory(scope, entry.category, [...path, 'category'], entry);
  const cue = entry.cue === undefined ? undefined : compileCue(scope, entry.cue, entry, [...path, 'cue']);
  const requires = (entry.requires ?? []).map((c, k) => compileCondition(scope, c, [...path, 'requires', k], entry));
  const unless = (entry.unless ?? []).map((c, k) => compileCondition(scope, c, [...path, 'unless', k], entry));
  const compiled: CompiledEntry = {
    ref: `${scope.file.id}#${index}`,
    category,
    weight: entry.weight ?? category?.weight ?? 0,
    cue,
    magnitude: entry.magnitude === true,
    requires,
    unless,
    conditional: requires.length + unless.length > 0,
  };
  for (let k = 0; k < entry.patterns.length; k++) {
    try {
      insertSlots(ROOT, patternSlots(entry.patterns[k] ?? '', scope.inflect, scope.irregular, scope.patterns), 0, compiled, scope);
    } catch (error) {
      if (!(error instanceof PatternSyntaxError)) throw error;
      throw new LexiconError('bad_pattern', scope.source, [...path, 'patterns', k], error.message, { cause: error });
    }
  }
}

/**
 * Where several entries end on the same words, a reading that requires
 * context ("strike" near labour words) is tried before the default reading,
 * whatever the file order; otherwise lexicon order decides.
 */
function orderPayloads(trie: TrieBuilder<CompiledEntry>): void {
  for (let node = 0; node < trie.payloads.length; node++) {
    const payloads = trie.payloads[node];
    if (payloads !== undefined && payloads.length > 1) payloads.sort((a, b) => Number(a.requires.length === 0) - Number(b.requires.length === 0));
  }
}

/** Adds every spelling of the slots from `depth` on below `node`, without building each combination. */
function insertSlots(node: number, slots: readonly Slot[], depth: number, payload: CompiledEntry, scope: LexiconScope): void {
  const slot = slots[depth];
  if (slot === undefined) {
    if (node !== ROOT) scope.trie.addPayload(node, payload);
    return;
  }
  // Indexed loops: thousands of patterns go through here while loading, mostly before the JIT has optimized it.
  for (let a = 0; a < slot.alternatives.length; a++) {
    const keys = keysOf(scope, slot.alternatives[a] ?? []);
    let at = node;
    for (let k = 0; k < keys.length; k++) at = scope.trie.child(at, keys[k] ?? 0);
    insertSlots(at, slots, depth + 1, payload, scope);
  }
}

/** The trie key ids of an alternative's tokens, registered on first sight. */
function keysOf(scope: LexiconScope, alternative: readonly PatternToken[]): readonly number[] {
  let keys = scope.alternativeKeys.get(alternative);
  if (keys === undefined) {
    const ids: number[] = [];
    for (let k = 0; k < alternative.length; k++) ids.push(registerToken(scope, alternative[k] as PatternToken));
    keys = ids;
    scope.alternativeKeys.set(alternative, keys);
  }
  return keys;
}

/** The trie key id of a pattern token, recording on first sight which forms produce it. */
function registerToken(scope: LexiconScope, token: PatternToken): number {
  let id = scope.registered.get(token);
  if (id === undefined) {
    id = scope.keyIds.get(token.key);
    if (id === undefined) {
      id = scope.keyIds.size;
      scope.keyIds.set(token.key, id);
    }
    scope.registered.set(token, id);
    for (let k = 0; k < token.forms.length; k++) scope.formKeys.push(scope.forms.add(token.forms[k] ?? ''), id);
  }
  return id;
}

function describe(entry: LexiconEntry): string {
  return entry.patterns[0] === undefined ? '' : ` (entry "${entry.patterns[0]}")`;
}

function resolveCategory(scope: LexiconScope, id: string, path: (string | number)[], entry: LexiconEntry): CompiledCategory {
  const category = scope.categories.get(id);
  if (category === undefined) throw new LexiconError('unknown_category', scope.source, path, `unknown category "${id}"${describe(entry)}`);
  return category;
}

function compileCue(scope: LexiconScope, cue: LexiconCue, entry: LexiconEntry, path: (string | number)[]): CompiledCue {
  let only: CompiledCue['only'];
  if (Array.isArray(cue.only)) {
    only = new Set(cue.only.map((id, k) => resolveCategory(scope, id, [...path, 'only', k], entry).id));
  } else {
    only = cue.only;
  }
  return { kind: cue.kind, factor: cue.factor ?? 1, scope: cue.scope, window: cue.window, reach: cue.reach, only };
}

function compileCondition(scope: LexiconScope, condition: LexiconCondition, path: (string | number)[], entry: LexiconEntry): CompiledCondition {
  const set = condition.set === undefined ? undefined : scope.sets.get(condition.set);
  if (condition.set !== undefined && set === undefined) throw new LexiconError('unknown_set', scope.source, [...path, 'set'], `unknown set "${condition.set}"${describe(entry)}`);
  const key = JSON.stringify([scope.file.lang, condition.set, condition.any]);
  let compiled = scope.conditionWords.get(key);
  if (compiled === undefined) {
    const words = new Set<string>(inflectAll(condition.any ?? [], nounInflectorFor(scope.file.lang)));
    for (const word of set ?? []) words.add(word);
    const numbers = words.delete(NUMBER_WORD);
    compiled = { words: new FormSet([...words].map((word) => scope.forms.add(word))), numbers };
    scope.conditionWords.set(key, compiled);
  }
  return { words: compiled.words, numbers: compiled.numbers, before: condition.before, after: condition.after };
}
