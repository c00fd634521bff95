import { applyContext } from './apply-context.js';
import { compileGazetteer } from './compile-gazetteer.js';
import { compileLexicons } from './compile-lexicon.js';
import type { CompiledLexicon } from './compiled-lexicon.js';
import { findActors } from './find-actors.js';
import { FormIndex } from './form-index.js';
import { findMatches } from './find-matches.js';
import { labelFor, round2, summarise } from './summarise.js';
import { FIELD_FACTORS } from './thresholds.js';
import { maskSpans, TokenIndex } from './token-index.js';
import { tokenize } from './tokenize.js';
import type { ActorMention, Scorer, ScoreInput, ScoreResult, Signal, TextField } from './types.js';
import { createWorkspace, type Workspace } from './workspace.js';

const FIELDS: readonly TextField[] = ['title', 'summary', 'content'];

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
    workspace: createWorkspace(),
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
  for (const field of FIELDS) {
    const text = input[field];
    if (typeof text === 'string' && text.length > 0) scoreField(text, field, compiled, signals, actors);
  }
  const escalation = summarise(signals, '+');
  const deescalation = summarise(signals, '-');
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

function scoreField(text: string, field: TextField, compiled: Compiled, signals: Signal[], actors: ActorMention[]): void {
  const { workspace, lexicon } = compiled;
  const prepared = compiled.index.prepare(tokenize(text, compiled.forms, workspace.tokens), workspace.prepared);
  const { mentions, spans, levels } = findActors(prepared, field, workspace.gazetteerHits);
  for (const mention of mentions) actors.push(mention);
  maskSpans(prepared, spans);
  const matches = findMatches(prepared, lexicon.skipWords, workspace.lexiconHits);
  if (matches.length === 0) return;
  const { tokens } = prepared;
  for (const span of applyContext({ prepared, matches, levels, numbers: lexicon.numbers })) {
    const start = tokens.start[span.start] ?? 0;
    const end = tokens.end[span.end - 1] ?? start;
    signals.push({
      category: span.category.id,
      polarity: span.category.polarity,
      weight: round2(span.weight * FIELD_FACTORS[field]),
      text: text.slice(start, end),
      start,
      end,
      field,
    });
  }
}
