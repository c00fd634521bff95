import type { NumberWords } from './compiled-lexicon.js';
import { NO_FORM } from './form-index.js';
import { isNumberToken, tokenText, type Tokens } from './tokenize.js';

/** How far (tokens) from a casualty word a count may be: "killing at least 17 soldiers", "80 people were killed". */
const COUNT_WINDOW = 5;

export interface Count {
  readonly value: number;
  readonly token: number;
}

/**
 * The count of people nearest to a casualty match in the same clause:
 * digits ("1,200"), number words ("two", "dozens"), and multipliers
 * ("3 million", "two hundred"). Years, dates, distances and labels such as
 * "section 144" are not counts.
 */
export function casualtyCount(tokens: Tokens, start: number, end: number, numbers: NumberWords): Count | undefined {
  const { clause } = tokens;
  const clauseId = clause[start];
  for (let distance = 1; distance <= COUNT_WINDOW; distance++) {
    const after = end - 1 + distance;
    if (after < tokens.count && clause[after] === clauseId) {
      const value = countAt(tokens, after, numbers);
      if (value !== undefined) return { value, token: after };
    }
    const before = start - distance;
    if (before >= 0 && clause[before] === clauseId) {
      const value = countAt(tokens, before, numbers);
      if (value !== undefined) return { value, token: before };
    }
  }
  return undefined;
}

function countAt(tokens: Tokens, k: number, numbers: NumberWords): number | undefined {
  const numeric = isNumberToken(tokens, k);
  const digits = numeric ? tokenText(tokens, k) : '';
  let value = numeric ? parseDigits(digits) : numbers.words.get(tokens.form[k] ?? NO_FORM);
  if (value === undefined) return undefined;
  if (k > 0 && numbers.labelsBefore.has(tokens.form[k - 1] ?? NO_FORM)) return undefined;
  let next = k + 1 < tokens.count ? (tokens.form[k + 1] ?? NO_FORM) : undefined;
  const multiplier = next === undefined ? undefined : numbers.multipliers.get(next);
  if (multiplier !== undefined) {
    value *= multiplier;
    next = k + 2 < tokens.count ? (tokens.form[k + 2] ?? NO_FORM) : undefined;
  }
  if (next !== undefined && numbers.unitsAfter.has(next)) return undefined;
  if (numeric && /^(19|20)\d\d$/.test(digits)) return undefined;
  return value;
}

function parseDigits(norm: string): number | undefined {
  const value = Number.parseFloat(norm.replaceAll(',', ''));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}
