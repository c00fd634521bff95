import type { TextField } from './types.js';

/**
 * How `label` follows from the two 0..10 scores: below `minimum` on both
 * sides an item is neutral (only faint or hedged signals); otherwise the side
 * ahead by at least `margin` wins, and a closer call is neutral.
 */
export const LABEL_THRESHOLDS = Object.freeze({ minimum: 2.5, margin: 0.25 });

/**
 * How the strongest signals of one side combine into 0..10: the best signal
 * per category, the top three categories, each weighted by its coefficient
 * in a noisy-OR (10 · (1 − Π(1 − c·w/10))). The strongest signal dominates,
 * more evidence adds a little, and length never pushes past 10.
 */
export const SUMMARY_COEFFICIENTS: readonly number[] = Object.freeze([1, 0.35, 0.15]);

/**
 * Body text carries background paragraphs that titles and summaries do not,
 * so its signals count a little less.
 */
export const FIELD_FACTORS: Readonly<Record<TextField, number>> = Object.freeze({ title: 1, summary: 1, content: 0.85 });

/** Diplomatic contact counts more between leaders and states than between local officials. */
export const ACTOR_LEVEL_FACTORS = Object.freeze({ none: 1, local: 0.8, national: 1.2 });

/**
 * Casualty weights move on a log scale of the count: one decade more adds
 * `slope`; a match without a count stands for `assumedCount` people; the
 * weight never drops more than `maxDrop` below the entry's base weight.
 */
export const CASUALTY_SCALE = Object.freeze({ slope: 1, assumedCount: 4, maxDrop: 1.5 });

/** Several modality cues multiply, but a hedged signal keeps at least this share of its weight. */
export const MIN_MODALITY_FACTOR = 0.1;
