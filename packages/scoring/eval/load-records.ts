import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Label } from './metrics.js';

/** The fields of an evaluation record this harness reads (see ../shared/eval/README.md). */
const EvalRecord = z.object({
  id: z.string(),
  text: z.string(),
  derived: z.object({
    tension: z.enum(['escalation', 'de-escalation', 'neutral', 'ambiguous']),
    intensity: z.number().nullable(),
  }),
});

export interface LabelledText {
  id: string;
  text: string;
  label: Label;
  /** Goldstein-like −10 (conflict) .. +10 (cooperation); null where the source gives none. */
  intensity: number | null;
}

export interface EvalFile {
  name: string;
  records: LabelledText[];
  skipped: number;
}

/** Every *.jsonl file in `dir`, sorted by name, with `ambiguous` records left out. */
export function loadEvalFiles(dir: string): EvalFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => loadEvalFile(join(dir, name), name));
}

function loadEvalFile(path: string, name: string): EvalFile {
  const records: LabelledText[] = [];
  let skipped = 0;
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .forEach((line, index) => {
      const parsed = EvalRecord.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${name}:${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid record'}`);
      const { id, text, derived } = parsed.data;
      if (derived.tension === 'ambiguous') skipped++;
      else records.push({ id, text, label: derived.tension, intensity: derived.intensity });
    });
  return { name, records, skipped };
}
