/** The three labels, in the order tables print them. */
export const LABELS = ['escalation', 'de-escalation', 'neutral'] as const;
export type Label = (typeof LABELS)[number];

/** confusion[gold][predicted] = count. */
export type Confusion = Record<Label, Record<Label, number>>;

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function emptyConfusion(): Confusion {
  const row = (): Record<Label, number> => ({ escalation: 0, 'de-escalation': 0, neutral: 0 });
  return { escalation: row(), 'de-escalation': row(), neutral: row() };
}

export function confusionOf(pairs: readonly { gold: Label; predicted: Label }[]): Confusion {
  const confusion = emptyConfusion();
  for (const { gold, predicted } of pairs) confusion[gold][predicted]++;
  return confusion;
}

export function classScores(confusion: Confusion, label: Label): ClassScores {
  const tp = confusion[label][label];
  const support = LABELS.reduce((sum, predicted) => sum + confusion[label][predicted], 0);
  const predictedCount = LABELS.reduce((sum, gold) => sum + confusion[gold][label], 0);
  const precision = predictedCount === 0 ? 0 : tp / predictedCount;
  const recall = support === 0 ? 0 : tp / support;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support };
}

/**
 * Mean F1 over the classes that occur in the gold labels. A file with no
 * de-escalation records (police events) is not charged for a class it
 * cannot test; its false alarms still lower escalation precision.
 */
export function macroF1(confusion: Confusion): number {
  const present = LABELS.filter((label) => classScores(confusion, label).support > 0);
  if (present.length === 0) return 0;
  return present.reduce((sum, label) => sum + classScores(confusion, label).f1, 0) / present.length;
}

/** Ranks with ties sharing their average rank (1-based). */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.value === order[i]?.value) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]?.index ?? 0] = rank;
    i = j + 1;
  }
  return ranks;
}

/** Spearman's rank correlation (Pearson over average ranks); NaN when either side is constant. */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length || xs.length < 2) return Number.NaN;
  return pearson(averageRanks(xs), averageRanks(ys));
}

function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < n; k++) {
    const dx = (xs[k] ?? 0) - mx;
    const dy = (ys[k] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}
