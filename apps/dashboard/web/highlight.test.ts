import { describe, expect, it } from 'vitest';
import type { Signal } from './api-types.js';
import { highlightSegments, signalsFor } from './highlight.js';

function signal(text: string, word: string, extra: Partial<Signal> = {}): Signal {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not in "${text}"`);
  return { category: 'strike', polarity: '+', weight: 3, text: word, start, end: start + word.length, ...extra };
}

const joined = (segments: ReturnType<typeof highlightSegments>) => segments.map((segment) => segment.text).join('');
const marked = (segments: ReturnType<typeof highlightSegments>) => segments.filter((segment) => segment.signal).map((segment) => segment.text);

describe('highlightSegments', () => {
  it('marks the fired words and keeps every other character as plain text', () => {
    const title = 'Missile strike kills 80; leaders agree to talks';
    const segments = highlightSegments(title, [signal(title, 'Missile strike'), signal(title, 'talks', { polarity: '-', category: 'talks' })]);
    expect(joined(segments)).toBe(title);
    expect(marked(segments)).toEqual(['Missile strike', 'talks']);
    expect(segments[0]).toMatchObject({ text: 'Missile strike', signal: { category: 'strike' } });
    expect(segments.at(-1)).toMatchObject({ text: 'talks', signal: { polarity: '-' } });
  });

  it('returns the whole text as one plain segment without signals', () => {
    expect(highlightSegments('Calm day at the border', [])).toEqual([{ text: 'Calm day at the border' }]);
    expect(highlightSegments('', [])).toEqual([]);
  });

  it('orders signals by offset whatever order they come in', () => {
    const text = 'Troops deployed after drone attack';
    const segments = highlightSegments(text, [signal(text, 'drone attack'), signal(text, 'Troops deployed')]);
    expect(marked(segments)).toEqual(['Troops deployed', 'drone attack']);
    expect(joined(segments)).toBe(text);
  });

  it('never shows a character twice when signals overlap: the earlier, then longer, one wins', () => {
    const text = 'naval blockade of the port';
    const segments = highlightSegments(text, [signal(text, 'blockade'), signal(text, 'naval blockade'), signal(text, 'blockade of the port')]);
    expect(marked(segments)).toEqual(['naval blockade']);
    expect(joined(segments)).toBe(text);
  });

  it('ignores offsets outside the text or empty spans instead of throwing', () => {
    const text = 'Short title';
    const bad: Signal[] = [
      { category: 'x', polarity: '+', weight: 1, text: 'x', start: 5, end: 50 },
      { category: 'x', polarity: '+', weight: 1, text: 'x', start: -1, end: 2 },
      { category: 'x', polarity: '+', weight: 1, text: '', start: 3, end: 3 },
    ];
    expect(highlightSegments(text, bad)).toEqual([{ text }]);
  });

  it('uses UTF-16 offsets, so words after emoji and accents line up', () => {
    const text = '🚀 Ataque con misiles en Maracaibo: 12 muertos';
    const segments = highlightSegments(text, [signal(text, 'misiles'), signal(text, 'muertos')]);
    expect(marked(segments)).toEqual(['misiles', 'muertos']);
    expect(joined(segments)).toBe(text);
  });

  it('keeps hostile markup as inert text segments', () => {
    const text = '<img src=x onerror=alert(1)> strike';
    const segments = highlightSegments(text, [signal(text, 'strike')]);
    expect(segments[0]?.text).toBe('<img src=x onerror=alert(1)> ');
  });
});

describe('signalsFor', () => {
  const title = 'Presidents agree to meet';
  const summary = 'After the missile strike, the two presidents spoke by phone.';
  const item = (signals: Signal[]) => ({ title, summary, score: { label: 'neutral' as const, escalation: 0, deescalation: 0, net: 0, actors: [], lexiconVersion: 't', signals } });

  it('splits signals by their field', () => {
    const meet = signal(title, 'agree to meet', { field: 'title', polarity: '-' });
    const strike = signal(summary, 'missile strike', { field: 'summary' });
    expect(signalsFor(item([meet, strike]), 'title')).toEqual([meet]);
    expect(signalsFor(item([meet, strike]), 'summary')).toEqual([strike]);
  });

  it('places a signal without a field where its offsets spell its text', () => {
    const meet = signal(title, 'agree to meet');
    const phone = signal(summary, 'spoke by phone');
    expect(signalsFor(item([meet, phone]), 'title')).toEqual([meet]);
    expect(signalsFor(item([meet, phone]), 'summary')).toEqual([phone]);
  });

  it('drops a field-less signal that matches neither text', () => {
    const stray: Signal = { category: 'x', polarity: '+', weight: 1, text: 'invasion', start: 0, end: 8 };
    expect(signalsFor(item([stray]), 'title')).toEqual([]);
    expect(signalsFor(item([stray]), 'summary')).toEqual([]);
  });
});
