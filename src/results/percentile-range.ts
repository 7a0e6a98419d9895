import { quantileSorted } from 'simple-statistics';

/**
 * Percentiles of the finite values across replications (NaN when there are none). With one
 * replication both ends are its value.
 */
export function percentileRange(values: ArrayLike<number>, lowP: number, highP: number): { low: number; high: number } {
  const sorted = Array.from(values).filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return { low: NaN, high: NaN };
  return { low: quantileSorted(sorted, lowP), high: quantileSorted(sorted, highP) };
}
