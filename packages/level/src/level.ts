/** Weighted masses of the items that fell in one interval (normally a UTC minute). */
export interface MassBucket {
  /** Start of the interval, epoch ms. */
  t: number;
  escalation: number;
  deescalation: number;
  items: number;
}

/** Parameters of the level formula; see the README section "How the tension level is computed". */
export interface LevelParams {
  /** Time for an item's pressure to halve. */
  halfLifeMs: number;
  /** Pressure that a calm topic is assumed to carry; larger means a less jumpy level. */
  calmMass: number;
}

/** Pressure older than this many half-lives (< 0.1 %) is ignored, so queries stay bounded. */
export const WINDOW_HALF_LIVES = 10;

/** How far back buckets must be read to compute a level at some instant. */
export function lookbackMs(params: LevelParams): number {
  return params.halfLifeMs * WINDOW_HALF_LIVES;
}

/** The level at one instant with the two pressures behind it. */
export interface LevelReading {
  t: number;
  level: number;
  escalation: number;
  deescalation: number;
}

/**
 * level = 100 · E / (E + D + K), where E and D are the escalation and
 * de-escalation masses decayed by 2^(−age / half-life) and K is the calm mass.
 * Bounded 0..100; 0 with no news; de-escalation only ever lowers it.
 */
export function levelFromPressures(escalation: number, deescalation: number, params: LevelParams): number {
  const level = (100 * escalation) / (escalation + deescalation + params.calmMass);
  return Math.round(level * 100) / 100;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Level at `at` from `buckets` (any order). Buckets after `at` or older than
 * the window do not count. Summation runs in time order, so the same buckets
 * always give the same number.
 */
export function levelAt(buckets: readonly MassBucket[], at: number, params: LevelParams): LevelReading {
  const from = at - lookbackMs(params);
  let escalation = 0;
  let deescalation = 0;
  for (const bucket of [...buckets].sort((a, b) => a.t - b.t)) {
    if (bucket.t > at || bucket.t < from) continue;
    const decay = 2 ** (-(at - bucket.t) / params.halfLifeMs);
    escalation += bucket.escalation * decay;
    deescalation += bucket.deescalation * decay;
  }
  return {
    t: at,
    level: levelFromPressures(escalation, deescalation, params),
    escalation: round(escalation),
    deescalation: round(deescalation),
  };
}
