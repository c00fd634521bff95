import { LABEL_THRESHOLDS, SUMMARY_COEFFICIENTS } from './thresholds.js';
import type { ScoreResult, Signal } from './types.js';

/**
 * One side's 0..10 score: the best weight per category, then a noisy-OR of
 * the top categories with decreasing coefficients, so the strongest signal
 * dominates and a long text cannot pile up past 10.
 */
export function summarise(signals: readonly Signal[], polarity: '+' | '-'): number {
  const categories: string[] = [];
  const best: number[] = [];
  for (const signal of signals) {
    if (signal.polarity !== polarity) continue;
    const k = categories.indexOf(signal.category);
    if (k < 0) {
      categories.push(signal.category);
      best.push(signal.weight);
    } else if (signal.weight > (best[k] ?? 0)) {
      best[k] = signal.weight;
    }
  }
  if (best.length === 0) return 0;
  best.sort((a, b) => b - a);
  let calm = 1;
  for (let k = 0; k < SUMMARY_COEFFICIENTS.length && k < best.length; k++) {
    calm *= 1 - ((SUMMARY_COEFFICIENTS[k] ?? 0) * Math.min(10, best[k] ?? 0)) / 10;
  }
  return round2(10 * (1 - calm));
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
