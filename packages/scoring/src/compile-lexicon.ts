import { compileCategories } from './compile-categories.js';
import type { CompiledCategory, CompiledCondition, CompiledCue, CompiledEntry, CompiledLexicon } from './compiled-lexicon.js';
import { inflectorFor, nounInflectorFor } from './inflect.js';
import { LexiconError } from './lexicon-error.js';
import { LexiconFile, type LexiconCondition, type LexiconCue, type LexiconEntry } from './lexicon-schema.js';
import { patternSlots, PatternSyntaxError, type Inflector, type PatternToken, type Slot } from './pattern.js';
import { addPayload, childFor, createTrieNode } from './token-trie.js';
import { compileWordLists } from './compile-word-lists.js';
import type { FormIndex } from './form-index.js';
import { zodProblem } from './zod-problem.js';

/** Reserved condition word that stands for any number token. */
const NUMBER_WORD = '#number';

interface LexiconScope {
  root: CompiledLexicon['root'];
  forms: FormIndex;
  /** Expanded pattern words, shared by the entries of one file. */
  words: Map<string, PatternToken[]>;
  registered: Set<PatternToken>;
  keysByForm: Map<string, Set<string>>;
  source: string;
  file: LexiconFile;
  inflect: Inflector;
  irregular: ReadonlyMap<string, readonly string[]>;
  categories: ReadonlyMap<string, CompiledCategory>;
  sets: ReadonlyMap<string, ReadonlySet<string>>;
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
  const root = createTrieNode<CompiledEntry>();
  const sets = mergeSets(files);
  const keysByForm = new Map<string, Set<string>>();
  for (const { source, file } of files) {
    const inflect = withFixedWords(inflectorFor(file.lang), new Set(file.uninflected));
    const irregular = new Map(Object.entries(file.inflections));
    const scope: LexiconScope = { root, forms, words: new Map(), registered: new Set(), keysByForm, source, file, inflect, irregular, categories, sets };
    file.entries.forEach((entry, index) => insertEntry(root, scope, entry, index));
  }
  const version = files.map(({ file }) => `${file.id}@${file.version}`).join('+');
  orderPayloads(root);
  const keys = new Map([...keysByForm].map(([form, set]) => [form, [...set]] as const));
  for (const form of keys.keys()) forms.add(form);
  return { root, keysByForm: keys, ...compileWordLists(files.map(({ file }) => file), forms), version };
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

function insertEntry(root: CompiledLexicon['root'], scope: LexiconScope, entry: LexiconEntry, index: number): void {
  const path = ['entries', index] as const;
  const category = entry.category === undefined ? undefined : resolveCategory(scope, entry.category, [...path, 'category'], entry);
  const compiled: CompiledEntry = {
    ref: `${scope.file.id}#${index}`,
    category,
    weight: entry.weight ?? category?.weight ?? 0,
    cue: entry.cue === undefined ? undefined : compileCue(scope, entry.cue, entry, [...path, 'cue']),
    magnitude: entry.magnitude === true,
    requires: (entry.requires ?? []).map((c, k) => compileCondition(scope, c, [...path, 'requires', k], entry)),
    unless: (entry.unless ?? []).map((c, k) => compileCondition(scope, c, [...path, 'unless', k], entry)),
  };
  entry.patterns.forEach((pattern, k) => {
    try {
      insertSlots(root, patternSlots(pattern, scope.inflect, scope.irregular, scope.words), 0, compiled, scope);
    } catch (error) {
      if (!(error instanceof PatternSyntaxError)) throw error;
      throw new LexiconError('bad_pattern', scope.source, [...path, 'patterns', k], error.message, { cause: error });
    }
  });
}

/**
 * Where several entries end on the same words, a reading that requires
 * context ("strike" near labour words) is tried before the default reading,
 * whatever the file order; otherwise lexicon order decides.
 */
function orderPayloads(node: CompiledLexicon['root']): void {
  if (node.payloads !== undefined && node.payloads.length > 1) {
    node.payloads.sort((a, b) => Number(a.requires.length === 0) - Number(b.requires.length === 0));
  }
  for (const child of node.next?.values() ?? []) orderPayloads(child);
}

/** Adds every spelling of the slots from `depth` on below `node`, without building each combination. */
function insertSlots(node: CompiledLexicon['root'], slots: readonly Slot[], depth: number, payload: CompiledEntry, scope: LexiconScope): void {
  const slot = slots[depth];
  if (slot === undefined) {
    if (node !== scope.root) addPayload(node, payload);
    return;
  }
  for (const alternative of slot.alternatives) {
    let at = node;
    for (const token of alternative) {
      registerToken(scope, token);
      at = childFor(at, token.key);
    }
    insertSlots(at, slots, depth + 1, payload, scope);
  }
}

/** Records which forms produce a token's key; pattern tokens are shared, so each is recorded once. */
function registerToken(scope: LexiconScope, token: PatternToken): void {
  if (scope.registered.has(token)) return;
  scope.registered.add(token);
  for (const form of token.forms) addKey(scope.keysByForm, form, token.key);
}

function addKey(keysByForm: Map<string, Set<string>>, form: string, key: string): void {
  let keys = keysByForm.get(form);
  if (keys === undefined) {
    keys = new Set();
    keysByForm.set(form, keys);
  }
  keys.add(key);
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
  const words = new Set<string>(inflectAll(condition.any ?? [], nounInflectorFor(scope.file.lang)));
  if (condition.set !== undefined) {
    const set = scope.sets.get(condition.set);
    if (set === undefined) throw new LexiconError('unknown_set', scope.source, [...path, 'set'], `unknown set "${condition.set}"${describe(entry)}`);
    for (const word of set) words.add(word);
  }
  const numbers = words.delete(NUMBER_WORD);
  const ids = new Set([...words].map((word) => scope.forms.add(word)));
  return { words: ids, numbers, before: condition.before, after: condition.after };
}
