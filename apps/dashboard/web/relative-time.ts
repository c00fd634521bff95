import { el } from './el.js';
import { absoluteTime, relativeTime } from './time-format.js';

/** A `<time>` showing "5 min ago", with the exact instant as its tooltip; kept fresh by `refreshRelativeTimes`. */
export function timeElement(iso: string, now: number): HTMLTimeElement {
  const at = Date.parse(iso);
  return el('time', { datetime: iso, title: absoluteTime(at), 'data-relative': '' }, [relativeTime(at, now)]);
}

/** Re-renders every relative time under `root`; called on a timer so "just now" ages. */
export function refreshRelativeTimes(root: ParentNode, now: number): void {
  for (const time of root.querySelectorAll<HTMLTimeElement>('time[data-relative]')) {
    const at = Date.parse(time.dateTime);
    if (Number.isFinite(at)) time.textContent = relativeTime(at, now);
  }
}
