import type { FeedView } from './api-types.js';
import { el, type Attributes, type Child } from './el.js';
import { feedName, feedStatus, nextPollAt } from './feed-health.js';
import { timeElement } from './relative-time.js';
import { safeHttpUrl } from './safe-url.js';
import { durationWords, relativeTime } from './time-format.js';
import { topicsWords } from './topic-list.js';

/** What each row button does; the panel handles clicks by this name. */
export type FeedAction = 'edit' | 'toggle' | 'poll' | 'delete';

function fact(term: string, value: Child): HTMLElement[] {
  // A <div> may group a term with its description in a <dl>; it makes each fact one grid cell.
  return [el('div', { class: 'fact' }, [el('dt', {}, [term]), el('dd', {}, [value ?? '—'])])];
}

function when(iso: string | undefined, now: number): Child {
  return iso ? timeElement(iso, now) : 'never';
}

function action(feed: FeedView, name: FeedAction, label: string, extraClass = '', attributes: Attributes = {}): HTMLButtonElement {
  return el('button', { type: 'button', class: `button button--small ${extraClass}`.trim(), 'data-action': name, 'data-feed-id': feed.id, 'aria-label': `${label} ${feedName(feed)}`, ...attributes }, [label]);
}

function nextPoll(feed: FeedView, now: number): Child {
  const at = nextPollAt(feed);
  if (at === undefined) return feed.enabled ? 'soon' : 'paused';
  return at <= now ? 'due now' : `≈ ${relativeTime(at, now)}`;
}

/** One feed with its health in plain words and its actions; `editor` is its open edit form, shown under the actions. */
export function feedRow(feed: FeedView, now: number, editor?: HTMLFormElement): HTMLLIElement {
  const { health } = feed;
  const status = feedStatus(feed, now);
  const href = safeHttpUrl(feed.url);
  const backoff = health.backoffUntil && Date.parse(health.backoffUntil) > now ? health.backoffUntil : undefined;
  // A paused feed keeps its last error: a 410 Gone pauses the feed, and says so there.
  const showError = health.lastError && (health.consecutiveFailures > 0 || !feed.enabled);
  return el('li', { class: 'feed', 'data-feed-id': feed.id, 'data-state': status.state }, [
    el('div', { class: 'feed__head' }, [
      el('h3', { class: 'feed__title' }, [feedName(feed)]),
      el('span', { class: 'pill', 'data-state': status.state, title: status.detail }, [status.label]),
    ]),
    el('p', { class: 'feed__url' }, [
      href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer', title: feed.url }, [feed.url.replace(/^https?:\/\//, '')]) : feed.url,
      feed.demo ? el('span', { class: 'tag' }, ['demo']) : null,
    ]),
    el('p', { class: 'feed__settings' }, [`Every ${durationWords(feed.intervalSeconds)} · weight ${feed.weight.toFixed(2)} · ${topicsWords(feed.topics)}`]),
    showError && health.lastError
      ? el('p', { class: 'feed__error' }, [el('strong', {}, ['Last error: ']), health.lastError.message, ' ', el('span', { class: 'muted' }, ['(', timeElement(health.lastError.at, now), ')'])])
      : null,
    el('dl', { class: 'feed__facts' }, [
      ...fact('Last fetch', when(health.lastFetchAt, now)),
      ...fact('Last success', when(health.lastSuccessAt, now)),
      ...fact('HTTP status', health.lastStatus === undefined ? '—' : String(health.lastStatus)),
      ...fact('Items seen', String(health.itemsSeen)),
      ...fact('New last poll', String(health.lastNewItems)),
      ...(feed.newItemsLastDay === undefined ? [] : fact('New in 24 h', String(feed.newItemsLastDay))),
      ...fact('Next poll', nextPoll(feed, now)),
      ...fact('Failures in a row', String(health.consecutiveFailures)),
      ...(backoff ? fact('Backing off until', timeElement(backoff, now)) : []),
    ]),
    el('div', { class: 'feed__actions' }, [
      action(feed, 'edit', 'Edit', '', { 'aria-expanded': String(Boolean(editor)), 'aria-controls': editor?.id }),
      action(feed, 'toggle', feed.enabled ? 'Pause' : 'Resume'),
      action(feed, 'poll', 'Poll now'),
      action(feed, 'delete', 'Delete', 'button--danger-ghost'),
    ]),
    editor,
  ]);
}
