import { describe, expect, it } from 'vitest';
import { intervalChoices } from './feed-settings-fields.js';

describe('intervalChoices', () => {
  it('offers the presets, shortest first', () => {
    expect(intervalChoices().map(([seconds]) => seconds)).toEqual([60, 300, 900, 1_800, 3_600, 21_600, 86_400]);
    expect(intervalChoices(900)).toEqual(intervalChoices());
  });

  it('keeps an interval set through the API as a choice, in its place and in words', () => {
    const choices = intervalChoices(600);
    expect(choices.map(([seconds]) => seconds)).toEqual([60, 300, 600, 900, 1_800, 3_600, 21_600, 86_400]);
    expect(choices.find(([seconds]) => seconds === 600)?.[1]).toBe('10 min');
  });
});
