import { LEVEL_LOCAL, LEVEL_NATIONAL } from './compile-gazetteer.js';
import type { CompiledCategory, CompiledCue, NumberWords } from './compiled-lexicon.js';
import { casualtyCount } from './casualty-count.js';
import type { Matches } from './find-matches.js';
import { ACTOR_LEVEL_FACTORS, CASUALTY_SCALE, MIN_MODALITY_FACTOR } from './thresholds.js';
import type { Tokens } from './tokenize.js';

/**
 * Signals before they are turned into output: category, weight and token
 * span [start, end), as parallel arrays reused from text to text, with the
 * scratch lists the rules need (match indices of cues, of the decisive cues
 * of one signal).
 */
export class ScoredSpans {
  readonly categories: CompiledCategory[] = [];
  readonly weights: number[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  count = 0;
  readonly cues: number[] = [];
  /** The cue of each of `cues`, read once per text rather than once per signal. */
  readonly cueSpecs: CompiledCue[] = [];
  readonly decisive: number[] = [];

  add(category: CompiledCategory, weight: number, start: number, end: number): void {
    const k = this.count++;
    this.categories[k] = category;
    this.weights[k] = weight;
    this.start[k] = start;
    this.end[k] = end;
  }
}

/**
 * Applies the context rules to every signal match: the negation, failure
 * and reversal cues in scope, nearest first, drop the signal or turn it into
 * its category's opposite; modality cues lower its weight; casualty counts
 * scale it on a log scale; the actors in its sentence (`levels`, per
 * sentence id) scale diplomatic contact. Fills `out`.
 */
export function applyContext(tokens: Tokens, matches: Matches, levels: readonly number[], numbers: NumberWords, out: ScoredSpans): void {
  out.count = 0;
  const { cues, cueSpecs, decisive } = out;
  let cueCount = 0;
  for (let m = 0; m < matches.count; m++) {
    const cue = matches.entries[m]?.cue;
    if (cue === undefined) continue;
    cues[cueCount] = m;
    cueSpecs[cueCount++] = cue;
  }
  for (let m = 0; m < matches.count; m++) {
    const entry = matches.entries[m];
    if (entry?.category === undefined) continue;
    const original = entry.category;
    let modality = 1;
    let decisiveCount = 0;
    for (let c = 0; c < cueCount; c++) {
      const cue = cues[c] ?? 0;
      const spec = cueSpecs[c] as CompiledCue;
      if (cue === m || !inScope(spec, cue, m, matches, tokens)) continue;
      if (spec.kind !== 'modality') decisive[decisiveCount++] = cue;
      else if (appliesTo(spec.only, original)) modality *= spec.factor;
    }
    let category: CompiledCategory | undefined = original;
    if (decisiveCount > 1) sortByDistance(decisive, decisiveCount, matches, m);
    for (let d = 0; d < decisiveCount && category !== undefined; d++) category = transformed(decisive[d] ?? 0, matches, category);
    if (category === undefined) continue;
    let start = matches.start[m] ?? 0;
    let end = matches.end[m] ?? start;
    let weight: number;
    if (category === original) {
      // The signal's own weight: entry weight, casualty scaling, actor level; span widened to take in the count.
      weight = entry.weight;
      if (entry.magnitude) {
        const count = casualtyCount(tokens, start, end, numbers);
        weight = casualtyWeight(weight, count?.value);
        if (count !== undefined) {
          start = Math.min(start, count.token);
          end = Math.max(end, count.token + 1);
        }
      }
      if (original.actorScaled) weight *= actorFactor(levels[tokens.sentence[matches.start[m] ?? 0] ?? 0] ?? 0);
    } else {
      // A transformed signal carries its category's base weight and spans the cue words too ("failed to reach a deal").
      weight = category.weight;
      for (let d = 0; d < decisiveCount; d++) {
        const cue = decisive[d] ?? 0;
        start = Math.min(start, matches.start[cue] ?? start);
        end = Math.max(end, matches.end[cue] ?? end);
      }
    }
    out.add(category, Math.min(10, weight * Math.max(MIN_MODALITY_FACTOR, modality)), start, end);
  }
}

/** What a negation, failure or reversal cue makes of a category: its opposite, or nothing. */
function transformed(cueMatch: number, matches: Matches, category: CompiledCategory): CompiledCategory | undefined {
  const cue = matches.entries[cueMatch]?.cue;
  if (cue === undefined || !appliesTo(cue.only, category)) return category;
  if (cue.kind === 'reversal') return category.opposite;
  if (cue.kind === 'failure' && category.polarity === '-') return category.opposite;
  return undefined;
}

function appliesTo(only: '+' | '-' | ReadonlySet<string> | undefined, category: CompiledCategory): boolean {
  if (only === undefined) return true;
  return typeof only === 'string' ? only === category.polarity : only.has(category.id);
}

/** Cues nearest first (stable), so "will not end the strike" applies "end" and then "will not". */
function sortByDistance(cues: number[], count: number, matches: Matches, match: number): void {
  for (let k = 1; k < count; k++) {
    const cue = cues[k] ?? 0;
    const distance = distanceTo(cue, matches, match);
    let j = k;
    while (j > 0 && distanceTo(cues[j - 1] ?? 0, matches, match) > distance) {
      cues[j] = cues[j - 1] ?? 0;
      j--;
    }
    cues[j] = cue;
  }
}

function distanceTo(cue: number, matches: Matches, match: number): number {
  const cueEnd = matches.end[cue] ?? 0;
  const matchStart = matches.start[match] ?? 0;
  return cueEnd <= matchStart ? matchStart - cueEnd : (matches.start[cue] ?? 0) - (matches.end[match] ?? 0);
}

/** Whether `cue` (of match `cueMatch`) reaches match `match`: within its window, on its side, in the same clause or sentence. */
function inScope(cue: CompiledCue, cueMatch: number, match: number, matches: Matches, tokens: Tokens): boolean {
  const unit = cue.reach === 'sentence' ? tokens.sentence : tokens.clause;
  const cueStart = matches.start[cueMatch] ?? 0;
  const cueEnd = matches.end[cueMatch] ?? 0;
  const start = matches.start[match] ?? 0;
  const end = matches.end[match] ?? 0;
  if (cue.scope !== 'backward' && start >= cueEnd) {
    if (start - cueEnd < cue.window && unit[start] === unit[cueEnd - 1]) return true;
  }
  if (cue.scope !== 'forward' && end <= cueStart) {
    if (cueStart - end < cue.window && unit[end - 1] === unit[cueStart]) return true;
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
