import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDefaultScorer, type ScoreInput } from '../src/index.js';
import { buildCorpus } from './corpus.js';
import { corpusFromEvalTexts } from './eval-corpus.js';

/**
 * `npx tsx bench/golden.ts [--out FILE]`: a fingerprint of the scorer's
 * output, for checking that a speed change changes nothing. Scores every
 * text of the shared eval files (ambiguous records included) as a title,
 * as a summary in capitals, and as content with curly quotes and accents
 * (so case folding, diacritic folding and the field factor are exercised),
 * both bench corpora, and a few hand-written edge cases; prints the SHA-256
 * of the results as JSON lines. `--out` also writes those lines for diffing.
 */
const packageDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const evalDir = process.env['EVAL_DIR'] ?? resolve(packageDir, '../../../shared/eval');

const EDGE_CASES: readonly string[] = [
  '',
  ' ',
  'İstanbul talks resumed; İzmir mayor met police.',
  'Côte d’Ivoire’s envoy didn’t meet the U.S. delegation.',
  'Gen. Smith spoke, then left. Talks resumed — but later collapsed (again): no deal!',
  'US and us: the US said it would strike; approx. 50 were killed in 2019, 1,200 in 3.5 km.',
  'Missile strike kills 80 — hundreds dead, two hundred wounded, 1.2 million displaced',
  'Naïve façade: Zürich hosts São Tomé peace talks 🙂 with Ελλάδα and 中国',
  "rock 'n' roll ' ' isn't 'quoted' rebels' positions o'clock",
  'A.B.C. U.S.A. e.g. i.e. 3.4.5 1,2,3 ,5 5, .5 x.y',
  'Hamas and Israel agreed a ceasefire; Hamas freed hostages. NATO warned Russia.',
];

function evalTexts(): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(evalDir).filter((file) => file.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(evalDir, name), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const record: unknown = JSON.parse(line);
      if (typeof record === 'object' && record !== null && 'text' in record && typeof record.text === 'string') texts.push(record.text);
    }
  }
  return texts;
}

/** Curly apostrophes and a few accented vowels: same words after folding, different code path. */
function decorated(text: string): string {
  return text.replaceAll("'", '\u2019').replaceAll('e', '\u00e9').replaceAll('o', 'o\u0301');
}

function inputs(): ScoreInput[] {
  const texts = evalTexts();
  const list: ScoreInput[] = [];
  for (const text of texts) list.push({ title: text });
  for (const text of texts) list.push({ title: '', summary: text.toUpperCase() });
  for (const text of texts) list.push({ title: 'Update', content: decorated(text) });
  for (const item of buildCorpus()) list.push(item);
  for (const item of corpusFromEvalTexts(evalDir) ?? []) list.push(item);
  for (const text of EDGE_CASES) list.push({ title: text, summary: text, content: text });
  return list;
}

function main(): void {
  const scorer = getDefaultScorer();
  const lines = inputs().map((input) => JSON.stringify(scorer.score(input)));
  const body = `${lines.join('\n')}\n`;
  const hash = createHash('sha256').update(body).digest('hex');
  const at = process.argv.indexOf('--out');
  const out = at >= 0 ? process.argv[at + 1] : undefined;
  if (out !== undefined) writeFileSync(out, body);
  console.log(`${lines.length} results, sha256 ${hash}${out === undefined ? '' : ` (written to ${out})`}`);
}

main();
