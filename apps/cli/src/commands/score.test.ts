import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { scoreStream } from './score.js';

async function collect(stream: PassThrough): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean);
}

async function run(lines: string[]) {
  const output = new PassThrough();
  const errors = new PassThrough();
  const failed = await scoreStream(Readable.from(lines.map((line) => `${line}\n`)), output, errors);
  output.end();
  errors.end();
  return { failed, out: (await collect(output)).map((line) => JSON.parse(line) as Record<string, unknown>), err: await collect(errors) };
}

describe('scoreStream', () => {
  it('writes one result per line in the PRODUCT §4 shape, in order', async () => {
    const { failed, out } = await run([
      JSON.stringify({ id: 'a', title: 'Missile strike kills 40 soldiers at the border' }),
      JSON.stringify({ id: 'b', title: 'Presidents hold phone call and agree to meet', summary: 'Talks will resume next week.' }),
    ]);
    expect(failed).toBe(0);
    expect(out.map((result) => result.id)).toEqual(['a', 'b']);
    for (const result of out) {
      expect(Object.keys(result).sort()).toEqual(['deescalation', 'escalation', 'id', 'label', 'lexiconVersion', 'net', 'signals']);
      expect(result.net).toBeCloseTo((result.escalation as number) - (result.deescalation as number), 5);
    }
    expect(out[0]?.label).toBe('escalation');
    expect(out[1]?.label).toBe('de-escalation');
  });

  it('reports a bad line on stderr with its number and id, and goes on', async () => {
    const { failed, out, err } = await run([
      '{not json',
      JSON.stringify({ id: 7, summary: 'no title' }),
      JSON.stringify({ id: 'ok', title: 'Ceasefire agreed' }),
    ]);
    expect(failed).toBe(2);
    expect(out.map((result) => result.id)).toEqual(['ok']);
    const errors = err.map((line) => JSON.parse(line) as { line: number; id: unknown; error: string });
    expect(errors[0]).toMatchObject({ line: 1, id: null });
    expect(errors[0]?.error).toMatch(/not valid JSON/);
    expect(errors[1]).toMatchObject({ line: 2, id: 7 });
    expect(errors[1]?.error).toMatch(/title/);
  });
});
