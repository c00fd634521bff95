const MONTHS: Readonly<Record<string, number>> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

/** Zone names seen in real feeds, as minutes east of UTC (RFC 822 names plus common non-standard ones). */
const ZONES: Readonly<Record<string, number>> = {
  z: 0, ut: 0, utc: 0, gmt: 0, wet: 0, west: 60, bst: 60, cet: 60, met: 60, cest: 120, mest: 120, eet: 120, eest: 180,
  msk: 180, ist: 330, pkt: 300, ict: 420, wib: 420, hkt: 480, sgt: 480, awst: 480, cst8: 480, jst: 540, kst: 540,
  acst: 570, aest: 600, aedt: 660, nzst: 720, nzdt: 780, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420,
  mdt: -360, pst: -480, pdt: -420, akst: -540, akdt: -480, hst: -600, art: -180, brt: -180, ast: -240, adt: -180,
  nst: -210, ndt: -150,
};

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;
const RFC822 =
  /^(?:[a-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2,4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([a-z]{1,5}\d?|[+-]\d{2}:?\d{2})?/i;

function offsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === '') return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  return ZONES[zone.toLowerCase()];
}

// The shape parsers return undefined when the text is not their shape, and
// NaN when it is but the values are impossible: then no other parser may
// "fix" it (the engine's parser would roll 31 February over into March).

function instant(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offset: number): number {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return Number.NaN;
  // Not Date.UTC: it maps years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  if (date.getUTCDate() !== day) return Number.NaN;
  date.setUTCHours(hour, minute, Math.min(second, 59), ms);
  return date.getTime() - offset * 60_000;
}

function parseIso(text: string): number | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const offset = offsetMinutes(m[8]);
  if (offset === undefined) return Number.NaN;
  const fraction = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  return instant(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), fraction, offset);
}

function parseRfc822(text: string): number | undefined {
  const m = RFC822.exec(text);
  if (!m) return undefined;
  const month = MONTHS[(m[2] ?? '').slice(0, 3).toLowerCase()];
  const offset = offsetMinutes(m[7]);
  if (month === undefined || offset === undefined) return Number.NaN;
  const digits = m[3] ?? '';
  let year = Number(digits);
  if (digits.length <= 2) year += year < 50 ? 2000 : 1900;
  return instant(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), 0, offset);
}

/**
 * Last resort for other shapes ("Mon Jul 06 2014 12:56:00 GMT+0000",
 * "July 6, 2014"): the engine's parser, told that a missing zone means UTC
 * so the answer never depends on the machine's time zone.
 */
function parseLoose(text: string): number | undefined {
  if (!/[a-z]{3}/i.test(text) || !/\d{4}/.test(text)) return undefined;
  const asUtc = Date.parse(`${text} UTC`);
  if (!Number.isNaN(asUtc)) return asUtc;
  const hasZone = /(?:GMT|UTC|Z)\s*(?:[+-]\d{2}:?\d{2})?\b|[+-]\d{2}:?\d{2}\b/i.test(text);
  const parsed = hasZone ? Date.parse(text) : Number.NaN;
  return Number.isNaN(parsed) ? undefined : parsed;
}

/**
 * Parses a feed date (RFC 822/1123 with the usual deviations, ISO 8601 /
 * RFC 3339 including partial dates, and a few other common shapes) to an
 * ISO-8601 UTC string. A date without a zone is taken as UTC. Returns
 * undefined for anything unparseable or outside years 1900–9999; future dates
 * are returned as they are.
 */
export function parseFeedDate(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (!text) return undefined;
  const time = parseIso(text) ?? parseRfc822(text) ?? parseLoose(text);
  if (time === undefined || Number.isNaN(time)) return undefined;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  return year >= 1900 && year <= 9999 ? date.toISOString() : undefined;
}
