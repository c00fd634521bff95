import type { CompiledGazetteer, GazetteerPayload } from './compile-gazetteer.js';
import type { CompiledEntry, CompiledLexicon } from './compiled-lexicon.js';
import { NO_FORM, type FormIndex } from './form-index.js';
import type { TrieNode, WalkTokens } from './token-trie.js';
import type { Tokens } from './tokenize.js';
import { NO_BREAK } from './tokenize.js';

/** Everything one surface form can do: its trie keys, the patterns and names it starts, whether it opens a clause. */
export interface TokenInfo {
  readonly keys: readonly string[];
  readonly lexicon: readonly TrieNode<CompiledEntry>[] | undefined;
  /** When the form only ends one-word patterns: their entries in match order, so no walk is needed. */
  readonly single: readonly CompiledEntry[] | undefined;
  /** Entries of the one-word patterns the form ends, for when the next token cannot continue a longer one. */
  readonly alone: readonly CompiledEntry[];
  /** Form ids that can continue a pattern started by this form (skip words aside). */
  readonly followers: ReadonlySet<number> | undefined;
  readonly gazetteer: TrieNode<GazetteerPayload> | undefined;
  readonly clauseWord: boolean;
}

/**
 * A tokenized text with its look-ups done: per token, what it can start
 * (`infos`) and its clause. The arrays are reused from text to text;
 * entries past `tokens.count` are stale.
 */
export interface PreparedTokens {
  tokens: Tokens;
  readonly clause: number[];
  readonly infos: (TokenInfo | undefined)[];
  walk: WalkTokens;
  /** Whether any token starts a lexicon pattern. */
  anyLexicon: boolean;
  /** Whether any token starts a gazetteer name. */
  anyGazetteer: boolean;
}

/**
 * From a form id to everything the form can do, so the pass over a text
 * costs one array read per token however large the vocabularies are.
 */
export class TokenIndex {
  /** Per form id, what the form can do; undefined for forms that only matter as context words. */
  readonly #infos: (TokenInfo | undefined)[] = [];

  constructor(lexicon: CompiledLexicon, gazetteer: CompiledGazetteer, forms: FormIndex) {
    const formsOfKey = formsByKey(lexicon, forms);
    for (const [id, form] of forms.forms.entries()) this.#infos[id] = tokenInfo(id, form, lexicon, gazetteer, formsOfKey);
  }

  /** Looks every token up once, filling `into` (reused between texts). */
  prepare(tokens: Tokens, into: PreparedTokens = createPrepared(tokens)): PreparedTokens {
    const { infos, clause } = into;
    let clauseId = 0;
    let anyLexicon = false;
    let anyGazetteer = false;
    for (let i = 0; i < tokens.count; i++) {
      const form = tokens.form[i] ?? NO_FORM;
      const info = form === NO_FORM ? undefined : this.#infos[form];
      infos[i] = info;
      if (info === undefined) {
        if (tokens.breakBefore[i] !== NO_BREAK) clauseId++;
      } else {
        if (tokens.breakBefore[i] !== NO_BREAK || info.clauseWord) clauseId++;
        anyLexicon ||= info.lexicon !== undefined;
        anyGazetteer ||= info.gazetteer !== undefined;
      }
      clause[i] = clauseId;
    }
    into.tokens = tokens;
    into.walk = { count: tokens.count, form: tokens.form, sentence: tokens.sentence, infos };
    into.anyLexicon = anyLexicon;
    into.anyGazetteer = anyGazetteer;
    return into;
  }
}

/** For each trie key, the ids of the forms that stand for it. */
function formsByKey(lexicon: CompiledLexicon, forms: FormIndex): Map<string, number[]> {
  const formsOfKey = new Map<string, number[]>();
  for (const [form, keys] of lexicon.keysByForm) {
    for (const key of keys) {
      const list = formsOfKey.get(key);
      if (list === undefined) formsOfKey.set(key, [forms.idOf(form)]);
      else list.push(forms.idOf(form));
    }
  }
  return formsOfKey;
}

/** What one form can do; undefined when it only matters as a context word. */
function tokenInfo(id: number, form: string, lexicon: CompiledLexicon, gazetteer: CompiledGazetteer, formsOfKey: ReadonlyMap<string, number[]>): TokenInfo | undefined {
  const keys = [...(lexicon.keysByForm.get(form) ?? [])];
  if (gazetteer.forms.has(form) && !keys.includes(`=${form}`)) keys.push(`=${form}`);
  const starts = keys.map((key) => lexicon.root.next?.get(key)).filter((node) => node !== undefined);
  const gazetteerStart = gazetteer.root.next?.get(`=${form}`);
  const clauseWord = lexicon.clauseWords.has(id);
  if (keys.length === 0 && gazetteerStart === undefined && !clauseWord) return undefined;
  const onlyOneWord = starts.every((node) => node.next === undefined);
  const followers = new Set(starts.flatMap((node) => [...(node.next?.keys() ?? [])].flatMap((key) => formsOfKey.get(key) ?? [])));
  return {
    keys,
    lexicon: starts.length > 0 ? starts : undefined,
    single: starts.length > 0 && onlyOneWord ? starts.flatMap((node) => node.payloads ?? []) : undefined,
    alone: starts.flatMap((node) => node.payloads ?? []),
    followers: followers.size > 0 ? followers : undefined,
    gazetteer: gazetteerStart,
    clauseWord,
  };
}

export function createPrepared(tokens: Tokens): PreparedTokens {
  const infos: (TokenInfo | undefined)[] = [];
  const walk = { count: 0, form: tokens.form, sentence: tokens.sentence, infos };
  return { tokens, clause: [], infos, walk, anyLexicon: false, anyGazetteer: false };
}

/**
 * Makes the given token spans inert, in place, once names have been found:
 * words inside a name ("Amnesty International", "North Atlantic Treaty
 * Organisation") neither start nor continue an event pattern.
 */
export function maskSpans(prepared: PreparedTokens, spans: readonly (readonly [number, number])[]): void {
  for (const [start, end] of spans) {
    for (let i = start; i < end; i++) prepared.infos[i] = undefined;
  }
}
