import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Sentiment from 'sentiment';
import type { Scorer } from '../src/index.js';
import { buildCorpus, type BenchItem } from './corpus.js';
import { corpusFromEvalTexts } from './eval-corpus.js';
import { compareThroughput, corpusMegabytes, type Throughput } from './measure.js';

/**
 * `npm run bench`: throughput of the scorer against AFINN `sentiment` on the
 * same fixed corpus in the same process, median of ROUNDS interleaved
 * rounds after warm-up. AFINN reads title and summary as one text, as it has
 * no notion of fields; the scorer reads them as two fields and also reports
 * actors and explanations.
 */
const ROUNDS = 7;

function row(name: string, result: Throughput | undefined): string {
  if (result === undefined) return `| ${name} | — | — | — |`;
  return `| ${name} | ${Math.round(result.itemsPerSecond).toLocaleString('en-US')} | ${result.megabytesPerSecond.toFixed(2)} | ${result.medianMs.toFixed(0)} |`;
}

/**
 * The built package, loaded as other packages load it: tsx's on-the-fly
 * transform slows the scorer down. The specifier is a variable so the type
 * check does not need dist/ (the `bench` script builds first).
 */
async function loadBuiltScorer(): Promise<typeof import('../src/index.js')> {
  const specifier = '@tension/scoring';
  return (await import(specifier)) as typeof import('../src/index.js');
}

function report(title: string, items: readonly BenchItem[], scorer: Scorer): void {
  const sentiment = new Sentiment();
  const results = compareThroughput(
    items,
    [
      { name: 'tension scorer', score: (item) => scorer.score(item) },
      { name: 'AFINN sentiment', score: (item) => sentiment.analyze(`${item.title}\n${item.summary}`) },
    ],
    ROUNDS,
  );
  const ours = results.get('tension scorer');
  const afinn = results.get('AFINN sentiment');
  console.log(`## ${title}\n\n${items.length.toLocaleString('en-US')} items, ${corpusMegabytes(items).toFixed(2)} MB (title + summary); median of ${ROUNDS} interleaved rounds after warm-up; Node ${process.version}\n`);
  console.log('| system | items/s | MB/s | median round (ms) |');
  console.log('|---|---|---|---|');
  console.log(row('tension scorer', ours));
  console.log(row('AFINN sentiment', afinn));
  if (ours !== undefined && afinn !== undefined) {
    console.log(`\nratio (tension scorer / AFINN, items/s): ${(ours.itemsPerSecond / afinn.itemsPerSecond).toFixed(2)}\n`);
  }
}

async function main(): Promise<void> {
  const scorer = (await loadBuiltScorer()).getDefaultScorer();
  report('Fixed corpus (bench/corpus.ts, seeded)', buildCorpus(), scorer);
  const packageDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
  const evalItems = corpusFromEvalTexts(process.env['EVAL_DIR'] ?? resolve(packageDir, '../../../shared/eval'));
  if (evalItems !== undefined) report('Real news sentences (shared eval texts, read at run time)', evalItems, scorer);
}

await main();
