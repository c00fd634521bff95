import type { FormIndex } from './form-index.js';
import { GazetteerFile, type GazetteerActor } from './gazetteer-schema.js';
import { LexiconError } from './lexicon-error.js';
import { tokenize } from './tokenize.js';
import { createTrieNode, insertKeys, type TrieNode } from './token-trie.js';
import { zodProblem } from './zod-problem.js';

/** National (heads of state, governments, states) outranks local (mayors, police chiefs). */
export const LEVEL_NATIONAL = 2;
export const LEVEL_LOCAL = 1;

/** What a gazetteer match means: a party to report, or a role that only tells the level. */
export type GazetteerPayload =
  | { readonly type: 'actor'; readonly id: string; readonly name: string; readonly kind: string; readonly level: number; readonly exact: string | undefined }
  | { readonly type: 'role'; readonly level: number; readonly exact: undefined };

export interface CompiledGazetteer {
  readonly root: TrieNode<GazetteerPayload>;
  /** Every surface form in a name; its trie key is "=" + the form. */
  readonly forms: ReadonlySet<string>;
  readonly version: string;
}

/** Validates a gazetteer file and compiles its names into a token trie, registering their words in `forms`. */
export function compileGazetteer(raw: unknown, forms: FormIndex): CompiledGazetteer {
  const parsed = GazetteerFile.safeParse(raw);
  if (!parsed.success) {
    const { path, problem } = zodProblem(parsed.error, raw);
    throw new LexiconError('gazetteer_invalid', 'gazetteer', path, problem, { cause: parsed.error });
  }
  const file = parsed.data;
  const names: Names = { root: createTrieNode<GazetteerPayload>(), forms: new Set() };
  file.actors.forEach((actor, index) => addActor(names, actor, `gazetteer "${file.id}"`, index));
  for (const role of file.roles) {
    const payload: GazetteerPayload = { type: 'role', level: role.level === 'local' ? LEVEL_LOCAL : LEVEL_NATIONAL, exact: undefined };
    for (const pattern of role.patterns) addName(names, pattern, payload);
  }
  for (const form of names.forms) forms.add(form);
  return { root: names.root, forms: names.forms, version: `${file.id}@${file.version}` };
}

interface Names {
  root: TrieNode<GazetteerPayload>;
  forms: Set<string>;
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

function addName(names: Names, name: string, payload: GazetteerPayload, source = 'gazetteer', index = 0): void {
  const tokens = tokenize(name);
  if (tokens.count === 0) throw new LexiconError('gazetteer_invalid', source, ['actors', index], `name "${name}" has no letters or digits`);
  const forms = tokens.norm.slice(0, tokens.count);
  for (const form of forms) names.forms.add(form);
  insertKeys(names.root, forms.map((form) => `=${form}`), payload);
}
