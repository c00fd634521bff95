/** A word for a tension level, so a number reads at a glance. */
export type LevelBand = 'calm' | 'guarded' | 'elevated' | 'high' | 'severe';

const BANDS: ReadonlyArray<readonly [upTo: number, band: LevelBand]> = [
  [15, 'calm'],
  [35, 'guarded'],
  [55, 'elevated'],
  [75, 'high'],
];

/** Band of a level 0..100: calm < 15 ≤ guarded < 35 ≤ elevated < 55 ≤ high < 75 ≤ severe. */
export function levelBand(level: number): LevelBand {
  return BANDS.find(([upTo]) => level < upTo)?.[1] ?? 'severe';
}
