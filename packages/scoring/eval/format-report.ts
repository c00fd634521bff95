import { classScores, LABELS, macroF1, type Confusion } from './metrics.js';

export interface SystemResult {
  system: string;
  confusion: Confusion;
  spearman: number;
}

const SHORT: Record<(typeof LABELS)[number], string> = { escalation: 'esc', 'de-escalation': 'de-esc', neutral: 'neutral' };

function fixed(value: number): string {
  return Number.isNaN(value) ? '  n/a' : value.toFixed(3);
}

/** One markdown table per file: macro-F1, per-class F1 (recall for the one-class file), Spearman; then the confusions. */
export function formatFile(name: string, n: number, skipped: number, results: readonly SystemResult[]): string {
  const lines = [`### ${name} — n = ${n} (skipped ambiguous: ${skipped})`, ''];
  lines.push('| system | macro-F1 | F1 esc | F1 de-esc | F1 neutral | recall esc | Spearman ρ (intensity) |');
  lines.push('|---|---|---|---|---|---|---|');
  for (const { system, confusion, spearman } of results) {
    const f1 = (label: (typeof LABELS)[number]): string => {
      const scores = classScores(confusion, label);
      return scores.support === 0 ? '—' : fixed(scores.f1);
    };
    const recall = classScores(confusion, 'escalation');
    lines.push(
      `| ${system} | ${fixed(macroF1(confusion))} | ${f1('escalation')} | ${f1('de-escalation')} | ${f1('neutral')} | ${recall.support === 0 ? '—' : fixed(recall.recall)} | ${fixed(spearman)} |`,
    );
  }
  for (const { system, confusion } of results) {
    lines.push('', `Confusion, ${system} (rows gold, columns predicted):`, '');
    lines.push(`| gold \\ predicted | ${LABELS.map((label) => SHORT[label]).join(' | ')} |`);
    lines.push(`|---|${LABELS.map(() => '---').join('|')}|`);
    for (const gold of LABELS) {
      if (classScores(confusion, gold).support === 0) continue;
      lines.push(`| ${SHORT[gold]} | ${LABELS.map((predicted) => confusion[gold][predicted]).join(' | ')} |`);
    }
  }
  return lines.join('\n');
}
