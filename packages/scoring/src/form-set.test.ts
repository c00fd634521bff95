import { describe, expect, it } from 'vitest';
import { NO_FORM } from './form-index.js';
import { FormSet } from './form-set.js';

describe('FormSet', () => {
  it('holds exactly the ids given, across word boundaries of the bitmap', () => {
    const set = new FormSet([0, 31, 32, 1000]);
    for (const id of [0, 31, 32, 1000]) expect(set.has(id)).toBe(true);
    for (const id of [1, 30, 33, 999, 1001, 5000]) expect(set.has(id)).toBe(false);
  });

  it('is empty for no ids (a condition on "#number" alone) and never holds NO_FORM', () => {
    const empty = new FormSet([]);
    expect(empty.has(0)).toBe(false);
    expect(empty.has(NO_FORM)).toBe(false);
    expect(new FormSet([3]).has(NO_FORM)).toBe(false);
  });
});
