import { describe, expect, it } from 'vitest';
import { durationWords, relativeTime } from './time-format.js';

describe('relativeTime', () => {
  const now = Date.parse('2026-03-10T12:00:00.000Z');
  it('says how long ago in the largest sensible unit', () => {
    expect(relativeTime(now - 10_000, now)).toBe('just now');
    expect(relativeTime(now - 5 * 60_000, now)).toBe('5 min ago');
    expect(relativeTime(now - 3 * 3_600_000, now)).toBe('3 h ago');
    expect(relativeTime(now - 2 * 86_400_000, now)).toBe('2 d ago');
  });

  it('speaks of the future for instants ahead', () => {
    expect(relativeTime(now + 4 * 60_000, now)).toBe('in 4 min');
  });
});

describe('durationWords', () => {
  it('names poll intervals', () => {
    expect(durationWords(90)).toBe('90 s');
    expect(durationWords(300)).toBe('5 min');
    expect(durationWords(5_400)).toBe('1.5 h');
    expect(durationWords(86_400)).toBe('1 d');
  });
});
