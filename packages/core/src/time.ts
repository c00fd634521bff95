const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** UTC date of `ms` as yyyymmdd, the suffix of a series day key. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10).replaceAll('-', '');
}

/** Minute of the UTC day (0..1439) of `ms`. */
export function minuteOfDay(ms: number): number {
  return Math.floor((ms % DAY_MS) / MINUTE_MS);
}

/** Every UTC day (yyyymmdd) that intersects [fromMs, toMs]. */
export function utcDaysBetween(fromMs: number, toMs: number): string[] {
  const days: string[] = [];
  for (let day = Math.floor(fromMs / DAY_MS) * DAY_MS; day <= toMs; day += DAY_MS) days.push(utcDay(day));
  return days;
}

/** Start (ms) of the UTC day given as yyyymmdd. */
export function dayStartMs(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6, 8)));
}

export { DAY_MS, MINUTE_MS };
