import { existsSync } from 'node:fs';
import { loadEvalFiles } from '../eval/load-records.js';
import type { BenchItem } from './corpus.js';

/**
 * A second corpus of real news sentences, built at run time from the
 * shared evaluation files (nothing is copied into the repository): each
 * item takes one sentence as its title and the next two as its summary,
 * cycling to `count` items. Undefined when the folder is absent.
 */
export function corpusFromEvalTexts(dir: string, count = 20_000): BenchItem[] | undefined {
  if (!existsSync(dir)) return undefined;
  const texts = loadEvalFiles(dir).flatMap((file) => file.records.map((record) => record.text));
  if (texts.length < 3) return undefined;
  const at = (k: number): string => texts[k % texts.length] ?? '';
  return Array.from({ length: count }, (_, k) => ({ title: at(3 * k), summary: `${at(3 * k + 1)} ${at(3 * k + 2)}` }));
}
