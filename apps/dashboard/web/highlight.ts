import type { ScoredItem, Signal, TextField } from './api-types.js';

/** A run of text, marked when a signal fired on exactly these characters. */
export interface Segment {
  text: string;
  signal?: Signal;
}

function fits(text: string, signal: Signal): boolean {
  return Number.isInteger(signal.start) && Number.isInteger(signal.end) && signal.start >= 0 && signal.start < signal.end && signal.end <= text.length;
}

/**
 * Splits `text` into plain and marked segments from the signals' UTF-16
 * offsets (the same units as JavaScript string indices). Offsets outside the
 * text are ignored; where signals overlap, the one starting first (then the
 * longer one) wins, so no character is ever shown twice.
 */
export function highlightSegments(text: string, signals: readonly Signal[]): Segment[] {
  const usable = signals
    .filter((signal) => fits(text, signal))
    .sort((a, b) => a.start - b.start || b.end - a.end || Math.abs(b.weight) - Math.abs(a.weight));
  const segments: Segment[] = [];
  let cursor = 0;
  for (const signal of usable) {
    if (signal.start < cursor) continue;
    if (signal.start > cursor) segments.push({ text: text.slice(cursor, signal.start) });
    segments.push({ text: text.slice(signal.start, signal.end), signal });
    cursor = signal.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}

function spells(text: string | undefined, signal: Signal): boolean {
  return text !== undefined && fits(text, signal) && text.slice(signal.start, signal.end).toLowerCase() === signal.text.toLowerCase();
}

/**
 * The signals whose offsets point into `field` of the item. A signal that
 * does not name its field (the `tension score` contract leaves it out) is
 * placed where its offsets spell its text: the title first, then the summary.
 */
export function signalsFor(item: Pick<ScoredItem, 'title' | 'summary' | 'score'>, field: TextField): Signal[] {
  return item.score.signals.filter((signal) => {
    if (signal.field) return signal.field === field;
    if (spells(item.title, signal)) return field === 'title';
    return field === 'summary' && spells(item.summary, signal);
  });
}
