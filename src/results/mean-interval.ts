import { studentTInterval } from '../engine/stats/confidence.js';

/** A mean across replications with its 95% interval, as every output reports it. */
export interface MeanInterval {
  readonly mean: number;
  readonly low: number;
  readonly high: number;
  /** Replications with a value (a metric may not exist in some, e.g. a median of nothing). */
  readonly n: number;
}

/**
 * The Student-t interval of the finite values; a single replication gives its value as a
 * point (an interval needs two), and none gives NaN throughout.
 */
export function meanInterval(values: ArrayLike<number>, level = 0.95): MeanInterval {
  const finite = Array.from(values).filter(Number.isFinite);
  if (finite.length === 0) return { mean: NaN, low: NaN, high: NaN, n: 0 };
  const ci = studentTInterval(finite, level);
  return finite.length === 1 ? { mean: ci.mean, low: ci.mean, high: ci.mean, n: 1 } : { mean: ci.mean, low: ci.low, high: ci.high, n: finite.length };
}
