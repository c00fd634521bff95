import type { z } from 'zod';

/**
 * The first issue of a zod failure as a path and a sentence. When the path
 * points inside an entry that has patterns, the first pattern is quoted so
 * the entry can be found in a long file.
 */
export function zodProblem(error: z.ZodError, data: unknown): { path: (string | number)[]; problem: string } {
  const issue = error.issues[0];
  if (issue === undefined) return { path: [], problem: 'invalid data' };
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
  return { path, problem: `${issue.message}${entryHint(path, data)}${more}` };
}

function entryHint(path: readonly (string | number)[], data: unknown): string {
  const [list, index] = path;
  if (typeof list !== 'string' || typeof index !== 'number') return '';
  const entry = pick(pick(data, list), index);
  const patterns = pick(entry, 'patterns');
  const first = Array.isArray(patterns) ? patterns[0] : pick(entry, 'name');
  return typeof first === 'string' ? ` (entry "${first}")` : '';
}

function pick(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return (value as Record<string | number, unknown>)[key];
}
