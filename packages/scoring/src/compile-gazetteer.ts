import type { FormIndex } from './form-index.js';
import { GazetteerFile, type GazetteerActor } from './gazetteer-schema.js';
import { LexiconError } from './lexicon-error.js';
import { createTokens, tokenizeWords } from './tokenize.js';
import { TrieBuilder, type Trie } from './token-trie.js';
import { zodProblem } from './zod-problem.js';

/** National (heads of state, governments, states) outranks local (mayors, police chiefs). */
export const LEVEL_NATIONAL = 2;
export const LEVEL_LOCAL = 1;

/** What a gazetteer match means: a party to report, or a role that only tells the level. */
export type GazetteerPayload =
  | { readonly type: 'actor'; readonly id: string; readonly name: string; readonly kind: string; readonly level: number; readonly exact: string | undefined }
  | { readonly type: 'role'; readonly level: number; readonly exact: undefined };

export interface CompiledGazetteer {
  /** Names as sequences of form ids (names match their words exactly, so the form id is the trie key). */
  readonly names: Trie<GazetteerPayload>;
  readonly version: string;
}

/** Validates a gazetteer file and compiles its names into a trie of form ids, registering their words in `forms`. */
export function compileGazetteer(raw: unknown, forms: FormIndex): CompiledGazetteer {
  const parsed = GazetteerFile.safeParse(raw);
  if (!parsed.success) {
    const { path, problem } = zodProblem(parsed.error, raw);
    throw new LexiconError('gazetteer_invalid', 'gazetteer', path, problem, { cause: parsed.error });
  }
  const file = parsed.data;
  const names: Names = { trie: new TrieBuilder<GazetteerPayload>(), forms };
  file.actors.forEach((actor, index) => addActor(names, actor, `gazetteer "${file.id}"`, index));
  for (const role of file.roles) {
    const payload: GazetteerPayload = { type: 'role', level: role.level === 'local' ? LEVEL_LOCAL : LEVEL_NATIONAL, exact: undefined };
    for (const pattern of role.patterns) addName(names, pattern, payload);
  }
  return { names: names.trie.freeze(), version: `${file.id}@${file.version}` };
}

interface Names {
  trie: TrieBuilder<GazetteerPayload>;
  forms: FormIndex;
}

function addActor(names: Names, actor: GazetteerActor, source: string, index: number): void {
  const level = actor.level === 'local' ? LEVEL_LOCAL : LEVEL_NATIONAL;
  const as = (kind: string, exact?: string): GazetteerPayload => ({ type: 'actor', id: actor.id, name: actor.name, kind, level, exact });
  const named = as(actor.kind);
  addName(names, actor.name, named, source, index);
  for (const alias of actor.aliases) addName(names, alias, named, source, index);
  for (const alias of actor.exactAliases) addName(names, alias, as(actor.kind, alias), source, index);
  const capital = as('capital');
  for (const alias of actor.capitals) addName(names, alias, capital, source, index);
  const demonym = as('demonym');
  for (const alias of actor.demonyms) {
    addName(names, alias, demonym, source, index);
    // Plural demonyms ("Venezuelans"); forms like "Chineses" never occur, so adding them is harmless.
    if (!alias.endsWith('s')) addName(names, `${alias}s`, demonym, source, index);
  }
}

/** Reused for every name (loading is synchronous), rather than a fresh set of arrays each time. */
const NAME_TOKENS = createTokens();

function addName(names: Names, name: string, payload: GazetteerPayload, source = 'gazetteer', index = 0): void {
  const tokens = tokenizeWords(name, NAME_TOKENS);
  if (tokens.count === 0) throw new LexiconError('gazetteer_invalid', source, ['actors', index], `name "${name}" has no letters or digits`);
  const ids: number[] = [];
  for (let k = 0; k < tokens.count; k++) ids.push(names.forms.add(tokens.norm[k] ?? ''));
  names.trie.insert(ids, payload);
}
