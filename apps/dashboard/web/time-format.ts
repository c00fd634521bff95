const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 min ago", "3 h ago", "2 d ago" — or "in 5 min" for instants ahead of `now`. */
export function relativeTime(at: number, now: number): string {
  const delta = now - at;
  const distance = Math.abs(delta);
  if (distance < 45_000) return 'just now';
  const words =
    distance < HOUR ? `${Math.round(distance / MINUTE)} min` : distance < DAY ? `${Math.round(distance / HOUR)} h` : `${Math.round(distance / DAY)} d`;
  return delta >= 0 ? `${words} ago` : `in ${words}`;
}

const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The instant in the reader's locale and time zone, e.g. "12 Mar 2026, 14:05". */
export function absoluteTime(at: number): string {
  return absolute.format(at);
}

/** A poll interval in words: "90 s", "5 min", "2 h", "1 d". */
export function durationWords(seconds: number): string {
  if (seconds < 120 && seconds % 60 !== 0) return `${seconds} s`;
  if (seconds < 3_600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 86_400) return `${Math.round((seconds / 3_600) * 10) / 10} h`;
  return `${Math.round((seconds / 86_400) * 10) / 10} d`;
}
