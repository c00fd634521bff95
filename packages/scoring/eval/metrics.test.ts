import { describe, expect, it } from 'vitest';
import { averageRanks, classScores, confusionOf, macroF1, spearman } from './metrics.js';

describe('metrics', () => {
  // 4 escalation (3 right, 1 called neutral), 2 de-escalation (both right), 2 neutral (1 right, 1 called escalation).
  const confusion = confusionOf([
    { gold: 'escalation', predicted: 'escalation' },
    { gold: 'escalation', predicted: 'escalation' },
    { gold: 'escalation', predicted: 'escalation' },
    { gold: 'escalation', predicted: 'neutral' },
    { gold: 'de-escalation', predicted: 'de-escalation' },
    { gold: 'de-escalation', predicted: 'de-escalation' },
    { gold: 'neutral', predicted: 'neutral' },
    { gold: 'neutral', predicted: 'escalation' },
  ]);

  it('computes per-class precision, recall and F1', () => {
    expect(classScores(confusion, 'escalation')).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75, support: 4 });
    expect(classScores(confusion, 'de-escalation').f1).toBe(1);
    expect(classScores(confusion, 'neutral').f1).toBeCloseTo(0.5, 10);
  });

  it('averages F1 over the classes present in the gold labels', () => {
    expect(macroF1(confusion)).toBeCloseTo((0.75 + 1 + 0.5) / 3, 10);
    const oneClass = confusionOf([
      { gold: 'escalation', predicted: 'escalation' },
      { gold: 'escalation', predicted: 'neutral' },
    ]);
    expect(macroF1(oneClass)).toBeCloseTo(2 / 3, 10);
  });

  it('ranks ties by their average and correlates ranks', () => {
    expect(averageRanks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 10);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 10);
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
});
