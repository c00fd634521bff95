import type { CompiledCategory } from './compiled-lexicon.js';
import { LABEL_THRESHOLDS, SUMMARY_COEFFICIENTS } from './thresholds.js';
import type { ScoreResult } from './types.js';

/** Not yet seen in this item; weights are never negative. */
const UNSEEN = -1;

/**
 * The best weight per category among one item's signals, kept by category
 * number as the signals are made, so summarising groups no strings and
 * allocates nothing. Reused from item to item (clear between them).
 */
export class CategoryBest {
  readonly #best: Float64Array;
  /** Per category number, 1 when it is an escalation category. */
  readonly #escalating: Uint8Array;
  /** The category numbers seen in this item. */
  readonly #seen: number[] = [];
  #seenCount = 0;
  /** Scratch for the top weights of one side. */
  readonly #top = new Float64Array(SUMMARY_COEFFICIENTS.length);

  constructor(categoryCount: number) {
    this.#best = new Float64Array(categoryCount).fill(UNSEEN);
    this.#escalating = new Uint8Array(categoryCount);
  }

  clear(): void {
    for (let k = 0; k < this.#seenCount; k++) this.#best[this.#seen[k] ?? 0] = UNSEEN;
    this.#seenCount = 0;
  }

  add(category: CompiledCategory, weight: number): void {
    const { ordinal } = category;
    const best = this.#best[ordinal] as number;
    if (best === UNSEEN) {
      this.#seen[this.#seenCount++] = ordinal;
      this.#escalating[ordinal] = category.polarity === '+' ? 1 : 0;
      this.#best[ordinal] = weight;
    } else if (weight > best) {
      this.#best[ordinal] = weight;
    }
  }

  /**
   * One side's 0..10 score: a noisy-OR of the best weights of its top
   * categories with decreasing coefficients, so the strongest signal
   * dominates and a long text cannot pile up past 10.
   */
  summarise(polarity: '+' | '-'): number {
    const escalating = polarity === '+' ? 1 : 0;
    // The top weights in one pass, largest first: an insertion into a list as long as SUMMARY_COEFFICIENTS.
    const top = this.#top;
    let count = 0;
    for (let s = 0; s < this.#seenCount; s++) {
      const ordinal = this.#seen[s] ?? 0;
      if (this.#escalating[ordinal] !== escalating) continue;
      const weight = this.#best[ordinal] as number;
      if (count === top.length && weight <= (top[count - 1] as number)) continue;
      let at = count < top.length ? count++ : count - 1;
      for (; at > 0 && (top[at - 1] as number) < weight; at--) top[at] = top[at - 1] as number;
      top[at] = weight;
    }
    if (count === 0) return 0;
    let calm = 1;
    for (let k = 0; k < count; k++) calm *= 1 - ((SUMMARY_COEFFICIENTS[k] ?? 0) * Math.min(10, top[k] as number)) / 10;
    return round2(10 * (1 - calm));
  }
}

/** The label from the two scores, per LABEL_THRESHOLDS. */
export function labelFor(escalation: number, deescalation: number): ScoreResult['label'] {
  if (Math.max(escalation, deescalation) < LABEL_THRESHOLDS.minimum) return 'neutral';
  const net = escalation - deescalation;
  if (net >= LABEL_THRESHOLDS.margin) return 'escalation';
  if (net <= -LABEL_THRESHOLDS.margin) return 'de-escalation';
  return 'neutral';
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
