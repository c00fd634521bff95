import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

function tension(args: string[], input: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [MAIN, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env } });
}

describe('the tension command', () => {
  it('score: exit 0 when every line scores, one JSON line per item', () => {
    const result = tension(['score'], '{"id":"a","title":"Ceasefire agreed after talks"}\n{"id":"b","title":"Budget debate"}\n');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line).id)).toEqual(['a', 'b']);
  });

  it('score: a malformed line fails alone and sets the exit code', () => {
    const result = tension(['score'], '{"id":"a","title":"Troops deployed"}\n{oops\n{"id":"c","title":"Talks resume"}\n');
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line).id)).toEqual(['a', 'c']);
    expect(result.stderr).toMatch(/"line":2/);
    expect(result.stderr).toMatch(/1 line\(s\) could not be scored/);
  });

  it('refuses bad configuration with exit code 2 and names the variable', () => {
    const result = tension(['up'], '', { PORT: 'eighty' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/PORT: must be a whole number/);
  });

  it('explains unknown commands', () => {
    const result = tension(['frobnicate'], '');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Unknown command "frobnicate"/);
    expect(result.stderr).toMatch(/Usage: tension/);
  });
});
