import { expectOpenUnit } from '../random/expect.js';
import { studentTQuantile } from './student-t.js';

/** A two-sided Student-t confidence interval for a mean across independent replications. */
export interface ConfidenceInterval {
  readonly mean: number;
  readonly halfWidth: number;
  readonly low: number;
  readonly high: number;
  readonly n: number;
  /** Sample standard deviation (divisor n − 1). */
  readonly sd: number;
  /** Confidence level, e.g. 0.95. */
  readonly level: number;
}

/**
 * mean ± t(1 − α/2, n − 1) · sd / √n over replication results.
 *
 * With fewer than two values the spread is unknown, so `sd`, `halfWidth`, `low` and `high`
 * are NaN (and `mean` too when empty): NaN shows up in a report as "no interval", where a
 * zero or infinite width would pass for a real answer.
 */
export function studentTInterval(values: ArrayLike<number>, level = 0.95): ConfidenceInterval {
  expectOpenUnit('level', level);
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const mean = n > 0 ? sum / n : NaN;
  if (n < 2) return { mean, halfWidth: NaN, low: NaN, high: NaN, n, sd: NaN, level };
  // Two passes: replications are few, and this avoids any cancellation.
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i]! - mean) ** 2;
  const sd = Math.sqrt(squares / (n - 1));
  const halfWidth = (studentTQuantile(1 - (1 - level) / 2, n - 1) * sd) / Math.sqrt(n);
  return { mean, halfWidth, low: mean - halfWidth, high: mean + halfWidth, n, sd, level };
}

/**
 * Interval for the mean of a[i] − b[i], where replication i of both scenarios used the same
 * random numbers. Pairing removes the shared noise, so the interval is usually far narrower
 * than comparing two independent intervals.
 */
export function pairedDifferenceInterval(a: ArrayLike<number>, b: ArrayLike<number>, level = 0.95): ConfidenceInterval {
  if (a.length !== b.length) {
    throw new RangeError(`Expected \`b\` to have one value per replication of \`a\` (${a.length}), got ${b.length}`);
  }
  const differences = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) differences[i] = a[i]! - b[i]!;
  return studentTInterval(differences, level);
}

/** halfWidth / |mean|, the usual stopping rule for adding replications (e.g. < 0.05). */
export function relativeHalfWidth(interval: ConfidenceInterval): number {
  return interval.halfWidth / Math.abs(interval.mean);
}
