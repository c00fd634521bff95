import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { getDefaultScorer } from '../src/index.js';
import { createAfinn } from './afinn-baseline.js';
import { formatFile, type SystemResult } from './format-report.js';
import { loadEvalFiles, type LabelledText } from './load-records.js';
import { confusionOf, spearman, type Label } from './metrics.js';

/**
 * `npm run eval`: scores every labelled file in the shared eval folder and in
 * this package's hand-written set with this scorer and with AFINN
 * `sentiment`, in the same run, and prints markdown tables. EVAL_DIR (one
 * folder, or several separated by `:`) overrides the folders; `--errors` also
 * lists the misclassified texts of this scorer (for development, never for
 * fixtures, and never on the hand-written hold-out).
 */
const packageDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const evalDirs = process.env['EVAL_DIR']?.split(':') ?? [resolve(packageDir, '../../../shared/eval'), resolve(packageDir, 'eval/handwritten')];
const showErrors = process.argv.includes('--errors');

type System = (text: string) => { label: Label; intensity: number };

function evaluate(system: string, records: readonly LabelledText[], score: System): { result: SystemResult; errors: string[] } {
  const pairs: { gold: Label; predicted: Label }[] = [];
  const predicted: number[] = [];
  const gold: number[] = [];
  const errors: string[] = [];
  for (const record of records) {
    const out = score(record.text);
    pairs.push({ gold: record.label, predicted: out.label });
    if (record.intensity !== null) {
      predicted.push(out.intensity);
      gold.push(record.intensity);
    }
    if (out.label !== record.label) errors.push(`${record.label} → ${out.label}: ${record.text}`);
  }
  const rho = spearman(predicted, gold);
  return { result: { system, confusion: confusionOf(pairs), spearman: rho }, errors };
}

function main(): void {
  const scorer = getDefaultScorer();
  const afinn = createAfinn();
  const ours: System = (text) => {
    const result = scorer.score({ title: text });
    // Goldstein-like direction: positive = cooperative, so de-escalation minus escalation.
    return { label: result.label, intensity: result.deescalation - result.escalation };
  };
  console.log(`# Evaluation — ${scorer.lexiconVersion}\n\nData: ${evalDirs.join(', ')}\n`);
  for (const file of evalDirs.flatMap((dir) => loadEvalFiles(dir))) {
    const mine = evaluate('tension scorer', file.records, ours);
    const baseline = evaluate('AFINN sentiment', file.records, (text) => afinn.score(text));
    console.log(`${formatFile(file.name, file.records.length, file.skipped, [mine.result, baseline.result])}\n`);
    if (showErrors) console.log(mine.errors.map((line) => `- ${line}`).join('\n'), '\n');
  }
}

main();
