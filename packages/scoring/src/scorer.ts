import { applyContext } from './apply-context.js';
import { compileGazetteer } from './compile-gazetteer.js';
import { compileLexicons } from './compile-lexicon.js';
import type { CompiledCategory, CompiledLexicon } from './compiled-lexicon.js';
import { findActors } from './find-actors.js';
import { FormIndex } from './form-index.js';
import { findMatches } from './find-matches.js';
import { labelFor, round2 } from './summarise.js';
import { FIELD_FACTORS } from './thresholds.js';
import { TokenIndex } from './token-index.js';
import { tokenize } from './tokenize.js';
import type { ActorMention, Scorer, ScoreInput, ScoreResult, Signal, TextField } from './types.js';
import { createWorkspace, type Workspace } from './workspace.js';

/** Vocabulary for a scorer: lexicon files and a gazetteer file, as parsed JSON (validated at load). */
export interface ScorerData {
  lexicons: readonly unknown[];
  gazetteer: unknown;
}

interface Compiled {
  readonly lexicon: CompiledLexicon;
  readonly forms: FormIndex;
  readonly index: TokenIndex;
  readonly workspace: Workspace;
  readonly lexiconVersion: string;
}

/** Compiles validated data into a scorer. Throws LexiconError on bad data. */
export function buildScorer(data: ScorerData): Scorer {
  const forms = new FormIndex();
  const lexicon = compileLexicons(data.lexicons, forms);
  const gazetteer = compileGazetteer(data.gazetteer, forms);
  forms.seal();
  const compiled: Compiled = {
    lexicon,
    forms,
    index: new TokenIndex(lexicon, gazetteer, forms),
    workspace: createWorkspace(lexicon.categoryCount),
    lexiconVersion: `${lexicon.version}+${gazetteer.version}`,
  };
  return {
    lexiconVersion: compiled.lexiconVersion,
    score: (input) => scoreItem(input, compiled),
  };
}

function scoreItem(input: ScoreInput, compiled: Compiled): ScoreResult {
  const signals: Signal[] = [];
  const actors: ActorMention[] = [];
  const { best } = compiled.workspace;
  best.clear();
  // Each field by name: `input[field]` in a loop is a megamorphic keyed load, as callers pass objects of many shapes.
  const { title, summary, content } = input;
  if (typeof title === 'string' && title.length > 0) scoreField(title, 'title', FIELD_FACTORS.title, compiled, signals, actors);
  if (typeof summary === 'string' && summary.length > 0) scoreField(summary, 'summary', FIELD_FACTORS.summary, compiled, signals, actors);
  if (typeof content === 'string' && content.length > 0) scoreField(content, 'content', FIELD_FACTORS.content, compiled, signals, actors);
  const escalation = best.summarise('+');
  const deescalation = best.summarise('-');
  return {
    label: labelFor(escalation, deescalation),
    escalation,
    deescalation,
    net: round2(escalation - deescalation),
    signals,
    actors,
    lexiconVersion: compiled.lexiconVersion,
  };
}

function scoreField(text: string, field: TextField, factor: number, compiled: Compiled, signals: Signal[], actors: ActorMention[]): void {
  const { workspace, lexicon, index } = compiled;
  const tokens = tokenize(text, compiled.forms, workspace.tokens);
  findActors(tokens, index, field, workspace.gazetteerHits, actors, workspace.levels, workspace.names);
  const { matches, spans } = workspace;
  findMatches(tokens, workspace.names, index, workspace.lexiconHits, matches);
  if (matches.count === 0) return;
  applyContext(tokens, matches, workspace.levels, lexicon.numbers, spans);
  for (let k = 0; k < spans.count; k++) {
    const category = spans.categories[k] as CompiledCategory;
    const start = tokens.start[spans.start[k] ?? 0] ?? 0;
    const end = tokens.end[(spans.end[k] ?? 0) - 1] ?? start;
    const weight = round2((spans.weights[k] ?? 0) * factor);
    workspace.best.add(category, weight);
    signals.push({
      category: category.id,
      polarity: category.polarity,
      weight,
      text: text.slice(start, end),
      start,
      end,
      field,
    });
  }
}
