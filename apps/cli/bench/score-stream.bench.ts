/**
 * `tension score` streaming benchmark: the real command on 10,000 and
 * 100,000 JSON lines (1 in 1,000 malformed). Peak memory of the 100k run is
 * reported as a ratio to the 10k run (constant memory ≈ 1.0) and throughput
 * as a ratio to the scorer called in memory on the same items in this process.
 */
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDefaultScorer } from '@tension/scoring';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const HEADLINES = [
  'Missile strike kills {n} soldiers near the border as troops mass',
  'Presidents hold phone call and agree to meet next month',
  'Navy seizes tanker in disputed waters; crew of {n} detained',
  'Foreign ministers open talks on a ceasefire and prisoner exchange',
  'Central bank holds interest rates as inflation eases',
  'Protesters clash with police outside parliament; {n} arrested',
];

function line(index: number): string {
  if (index % 1000 === 999) return '{"id": "broken", "title": ';
  const title = (HEADLINES[index % HEADLINES.length] ?? '').replace('{n}', String((index % 90) + 2));
  return JSON.stringify({ id: `item-${index}`, title, summary: `${title}. Officials gave details later in the day, according to reports from the region.` });
}

function writeInput(dir: string, count: number): string {
  const path = join(dir, `input-${count}.jsonl`);
  const lines: string[] = [];
  for (let index = 0; index < count; index += 1) lines.push(line(index));
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function runCommand(input: string, preload: string): Promise<{ seconds: number; peakMb: number; outLines: number; errLines: number; code: number | null }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--require', preload, MAIN, 'score'], { stdio: ['pipe', 'pipe', 'pipe'] });
  createReadStream(input).pipe(child.stdin);
  let outLines = 0;
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) outLines += 1;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const peakKb = Number(/maxrss (\d+)/.exec(stderr)?.[1] ?? 0);
  const errLines = stderr.split('\n').filter((entry) => entry.startsWith('{')).length;
  return { seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024, outLines, errLines, code };
}

function inMemoryRate(count: number): number {
  const scorer = getDefaultScorer();
  const items = Array.from({ length: count }, (_, index) => JSON.parse(line(index % 1000 === 999 ? index + 1 : index)) as { title: string; summary: string });
  const started = performance.now();
  for (const item of items) scorer.score(item);
  return count / ((performance.now() - started) / 1000);
}

const dir = mkdtempSync(join(tmpdir(), 'tension-score-bench-'));
try {
  const preload = join(dir, 'report-maxrss.cjs');
  writeFileSync(preload, "process.on('exit', () => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n'));\n");
  const small = await runCommand(writeInput(dir, 10_000), preload);
  const large = await runCommand(writeInput(dir, 100_000), preload);
  const baseline = inMemoryRate(20_000);
  const rate = 100_000 / large.seconds;
  console.log('\ntension score streaming (the real command, 1 line in 1,000 malformed)');
  console.log(`  10,000 lines   ${small.seconds.toFixed(2)} s, peak RSS ${small.peakMb.toFixed(0)} MB, ${small.outLines} results, ${small.errLines} error lines, exit ${small.code}`);
  console.log(`  100,000 lines  ${large.seconds.toFixed(2)} s, peak RSS ${large.peakMb.toFixed(0)} MB, ${large.outLines} results, ${large.errLines} error lines, exit ${large.code}`);
  console.log(`  peak memory    ratio ${(large.peakMb / small.peakMb).toFixed(2)} (100k lines vs 10k lines; 1.0 = constant memory)`);
  console.log(`  throughput     ${rate.toFixed(0)} lines/s, ratio ${(rate / baseline).toFixed(2)} vs the scorer in memory (${baseline.toFixed(0)} items/s)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
