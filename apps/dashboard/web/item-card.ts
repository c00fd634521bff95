import type { Label, ScoredItem, Signal } from './api-types.js';
import { el } from './el.js';
import { highlightSegments, signalsFor } from './highlight.js';
import { timeElement } from './relative-time.js';
import { safeHttpUrl } from './safe-url.js';

const LABEL_WORDS: Record<Label, string> = {
  escalation: 'Escalation',
  'de-escalation': 'De-escalation',
  neutral: 'Neutral',
};

function signalTitle(signal: Signal): string {
  const side = signal.polarity === '+' ? 'Escalation' : 'De-escalation';
  return `${side} signal: ${signal.category.replace(/[_-]+/g, ' ')} (weight ${signal.weight})`;
}

/** Appends `text` with the fired words wrapped in <mark>; every piece is a text node. */
function highlighted(parent: HTMLElement, text: string, signals: readonly Signal[]): HTMLElement {
  for (const segment of highlightSegments(text, signals)) {
    if (!segment.signal) {
      parent.append(segment.text);
      continue;
    }
    const side = segment.signal.polarity === '+' ? 'up' : 'down';
    parent.append(el('mark', { class: `signal signal--${side}`, title: signalTitle(segment.signal) }, [segment.text]));
  }
  return parent;
}

function score(side: 'up' | 'down', value: number): HTMLElement {
  const words = side === 'up' ? 'Escalation' : 'De-escalation';
  return el('span', { class: `score score--${side}`, title: `${words} intensity, 0–10` }, [
    el('span', { 'aria-hidden': 'true' }, [side === 'up' ? '▲' : '▼']),
    el('span', { class: 'visually-hidden' }, [`${words} `]),
    value.toFixed(1),
  ]);
}

/** A feed's name, tagged with its id so it can be renamed when the feed changes. */
function sourceName(feedId: string, name: string, extraClass = ''): HTMLElement {
  return el('span', { class: `source-name ${extraClass}`.trim(), 'data-feed-id': feedId }, [name]);
}

/**
 * Notes on a story's card that another feed carries it too (a syndicated
 * copy: the level counts it once, so the list shows it once).
 */
export function addAlsoReported(card: HTMLElement, feedId: string, name: string): void {
  if (card.querySelector(`.source-name[data-feed-id="${CSS.escape(feedId)}"]`)) return;
  const names = [...card.querySelectorAll<HTMLElement>('.item__also .source-name'), sourceName(feedId, name)];
  setAlsoReported(card, names);
}

/** Takes a feed off a card's "also reported by" line (its items were deleted). */
export function removeAlsoReported(card: HTMLElement, feedId: string): void {
  const names = [...card.querySelectorAll<HTMLElement>('.item__also .source-name')].filter((name) => name.dataset.feedId !== feedId);
  setAlsoReported(card, names);
}

function setAlsoReported(card: HTMLElement, names: readonly HTMLElement[]): void {
  card.querySelector('.item__also')?.remove();
  if (names.length === 0) return;
  card.append(el('p', { class: 'item__also' }, ['Also reported by ', ...names.flatMap((name, index) => (index === 0 ? [name] : [', ', name]))]));
}

/**
 * One item of the list: label badge, both intensities, the title as a safe
 * link, source and time, and the summary, with the words that fired marked.
 * The time is `placedAt` (published, or first seen when the feed's date is
 * missing or in the future), the instant the item counts at in the level.
 */
export function itemCard(item: ScoredItem, source: string, now: number): HTMLElement {
  const titleId = `item-${item.id}`;
  const href = safeHttpUrl(item.link);
  const titleText = item.title.trim() ? highlighted(el('span'), item.title, signalsFor(item, 'title')) : el('span', { class: 'muted' }, ['(untitled item)']);
  const titleTarget = href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, [titleText]) : titleText;
  return el('article', { class: 'item', 'data-item-id': item.id, 'data-feed-id': item.feedId, 'data-story-id': item.storyId, 'data-label': item.score.label, 'aria-labelledby': titleId }, [
    el('div', { class: 'item__head' }, [
      el('span', { class: 'badge', 'data-label': item.score.label }, [LABEL_WORDS[item.score.label]]),
      score('up', item.score.escalation),
      score('down', item.score.deescalation),
      el('span', { class: 'item__meta' }, [sourceName(item.feedId, source, 'item__source'), ' · ', timeElement(item.placedAt, now)]),
    ]),
    el('h3', { class: 'item__title', id: titleId }, [titleTarget]),
    item.summary?.trim() ? highlighted(el('p', { class: 'item__summary' }), item.summary, signalsFor(item, 'summary')) : null,
    item.score.actors.length > 0 ? el('p', { class: 'item__actors' }, [`Actors: ${item.score.actors.join(', ')}`]) : null,
  ]);
}
