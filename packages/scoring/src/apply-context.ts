import { LEVEL_LOCAL, LEVEL_NATIONAL } from './compile-gazetteer.js';
import type { CompiledCategory, NumberWords } from './compiled-lexicon.js';
import { casualtyCount } from './casualty-count.js';
import type { Match } from './find-matches.js';
import { ACTOR_LEVEL_FACTORS, CASUALTY_SCALE, MIN_MODALITY_FACTOR } from './thresholds.js';
import type { PreparedTokens } from './token-index.js';

const NO_CUES: readonly Match[] = [];

/** A signal before it is turned into output: category, weight and token span. */
export interface ScoredSpan {
  readonly category: CompiledCategory;
  readonly weight: number;
  readonly start: number;
  readonly end: number;
}

export interface ContextInput {
  readonly prepared: PreparedTokens;
  readonly matches: readonly Match[];
  readonly levels: readonly number[];
  readonly numbers: NumberWords;
}

/**
 * Applies the context rules to every signal match: the negation, failure
 * and reversal cues in scope, nearest first, drop the signal or turn it into
 * its category's opposite; modality cues lower its weight; casualty counts
 * scale it on a log scale; the actors in its sentence scale diplomatic
 * contact.
 */
export function applyContext(input: ContextInput): ScoredSpan[] {
  const spans: ScoredSpan[] = [];
  const cues = input.matches.some((match) => match.entry.cue !== undefined) ? input.matches.filter((match) => match.entry.cue !== undefined) : NO_CUES;
  for (const match of input.matches) {
    const original = match.entry.category;
    if (original === undefined) continue;
    let modality = 1;
    let decisive: Match[] | undefined;
    for (const cue of cues) {
      if (cue === match || !inScope(cue, match, input.prepared)) continue;
      if (cue.entry.cue?.kind !== 'modality') (decisive ??= []).push(cue);
      else if (appliesTo(cue, original)) modality *= cue.entry.cue.factor;
    }
    let category: CompiledCategory | undefined = original;
    if (decisive !== undefined) {
      for (const cue of byDistance(decisive, match)) category = category === undefined ? undefined : transformed(cue, category);
    }
    if (category === undefined) continue;
    const span = category === original ? weighSignal(match, input) : reversedSpan(category, match, decisive ?? []);
    spans.push({ category, weight: Math.min(10, span.weight * Math.max(MIN_MODALITY_FACTOR, modality)), start: span.start, end: span.end });
  }
  return spans;
}

/** The signal's own weight: entry weight, casualty scaling, actor level; span widened to take in the count. */
function weighSignal(match: Match, input: ContextInput): Omit<ScoredSpan, 'category'> {
  let { start, end } = match;
  let weight = match.entry.weight;
  if (match.entry.magnitude) {
    const count = casualtyCount(input.prepared.tokens, input.prepared.clause, match.start, match.end, input.numbers);
    weight = casualtyWeight(weight, count?.value);
    if (count !== undefined) [start, end] = [Math.min(start, count.token), Math.max(end, count.token + 1)];
  }
  if (match.entry.category?.actorScaled === true) {
    weight *= actorFactor(input.levels[input.prepared.tokens.sentence[match.start] ?? 0] ?? 0);
  }
  return { weight, start, end };
}

/** What a negation, failure or reversal cue makes of a category: its opposite, or nothing. */
function transformed(cue: Match, category: CompiledCategory): CompiledCategory | undefined {
  const kind = cue.entry.cue?.kind;
  if (!appliesTo(cue, category)) return category;
  if (kind === 'reversal') return category.opposite;
  if (kind === 'failure' && category.polarity === '-') return category.opposite;
  return undefined;
}

function appliesTo(cue: Match, category: CompiledCategory): boolean {
  const only = cue.entry.cue?.only;
  if (only === undefined) return true;
  return typeof only === 'string' ? only === category.polarity : only.has(category.id);
}

/** Cues nearest first, so "will not end the strike" applies "end" and then "will not". */
function byDistance(cues: Match[], match: Match): Match[] {
  const distance = (cue: Match): number => (cue.end <= match.start ? match.start - cue.end : cue.start - match.end);
  return cues.length < 2 ? cues : cues.sort((a, b) => distance(a) - distance(b));
}

/** A transformed signal carries its category's base weight and spans the cue words too ("failed to reach a deal"). */
function reversedSpan(category: CompiledCategory, match: Match, cues: readonly Match[]): Omit<ScoredSpan, 'category'> {
  let { start, end } = match;
  for (const cue of cues) [start, end] = [Math.min(start, cue.start), Math.max(end, cue.end)];
  return { weight: category.weight, start, end };
}

function inScope(cueMatch: Match, match: Match, prepared: PreparedTokens): boolean {
  const cue = cueMatch.entry.cue;
  if (cue === undefined) return false;
  const unit = cue.reach === 'sentence' ? prepared.tokens.sentence : prepared.clause;
  if (cue.scope !== 'backward' && match.start >= cueMatch.end) {
    if (match.start - cueMatch.end < cue.window && unit[match.start] === unit[cueMatch.end - 1]) return true;
  }
  if (cue.scope !== 'forward' && match.end <= cueMatch.start) {
    if (cueMatch.start - match.end < cue.window && unit[match.end - 1] === unit[cueMatch.start]) return true;
  }
  return false;
}

/** Log-scale casualty weight: "two soldiers" < "killed more than 80" < "thousands dead". */
export function casualtyWeight(base: number, count: number | undefined): number {
  const n = Math.max(1, count ?? CASUALTY_SCALE.assumedCount);
  const scaled = base + CASUALTY_SCALE.slope * (Math.log10(n) - Math.log10(CASUALTY_SCALE.assumedCount));
  return Math.min(10, Math.max(base - CASUALTY_SCALE.maxDrop, scaled));
}

function actorFactor(level: number): number {
  if (level >= LEVEL_NATIONAL) return ACTOR_LEVEL_FACTORS.national;
  if (level >= LEVEL_LOCAL) return ACTOR_LEVEL_FACTORS.local;
  return ACTOR_LEVEL_FACTORS.none;
}
