import type { ConnectionState } from './live-stream.js';

const WORDS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
};

/** Shows whether live updates are flowing; the dot's colour comes from the state class. */
export function showConnection(indicator: HTMLElement, state: ConnectionState): void {
  indicator.dataset.state = state;
  const text = indicator.querySelector('.live__text');
  if (text) text.textContent = WORDS[state];
  indicator.title = state === 'live' ? 'Receiving updates as they happen' : 'Live updates paused; the page retries by itself';
}
