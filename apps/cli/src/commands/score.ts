import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { getDefaultScorer } from '@tension/scoring';
import { z } from 'zod';

const ScoreLine = z.object({
  id: z.union([z.string(), z.number()]),
  title: z.string(),
  summary: z.string().optional(),
  content: z.string().optional(),
});

/** Collects output lines and writes them in chunks, waiting for the reader when it falls behind. */
class BufferedWriter {
  private pending: string[] = [];
  private size = 0;

  constructor(private readonly stream: Writable) {}

  async push(line: string): Promise<void> {
    this.pending.push(line);
    this.size += line.length;
    if (this.size >= 64 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}

function describe(error: unknown): string {
  if (error instanceof SyntaxError) return `not valid JSON (${error.message})`;
  if (error instanceof z.ZodError) {
    return error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

function idOf(text: string): unknown {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && 'id' in parsed ? (parsed as { id: unknown }).id : null;
  } catch {
    return null;
  }
}

/**
 * `tension score` (PRODUCT §4): JSON Lines in, one JSON line out per item,
 * streaming in constant memory. A bad line yields an error line on stderr
 * naming its line number and id; the rest go on. Resolves to the number of
 * failed lines.
 */
export async function scoreStream(input: Readable, output: Writable, errors: Writable): Promise<number> {
  const scorer = getDefaultScorer();
  const out = new BufferedWriter(output);
  let lineNumber = 0;
  let failed = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (text.trim() === '') continue;
    try {
      const item = ScoreLine.parse(JSON.parse(text));
      const result = scorer.score({ title: item.title, summary: item.summary, content: item.content });
      await out.push(
        `${JSON.stringify({
          id: item.id,
          label: result.label,
          escalation: result.escalation,
          deescalation: result.deescalation,
          net: result.net,
          signals: result.signals,
          lexiconVersion: result.lexiconVersion,
        })}\n`,
      );
    } catch (error) {
      failed += 1;
      // Errors go out at once, after the results before them, so the two streams stay in step.
      await out.flush();
      errors.write(`${JSON.stringify({ line: lineNumber, id: idOf(text), error: describe(error) })}\n`);
    }
  }
  await out.flush();
  return failed;
}
