import { expectOpenUnit, expectProbability, rangeError } from '../random/expect.js';

export interface QuantileHistogramOptions {
  /** Largest relative error allowed in a reported quantile; default 0.005 (0.5%). */
  readonly relativePrecision?: number;
}

const MIN_EXPONENT = -1074; // smallest subnormal is 2^-1074
const MAX_EXPONENT = 1023;
// 2^e for every binary exponent a double can have, so `add` never calls Math.pow.
const POWERS_OF_TWO = Float64Array.from({ length: MAX_EXPONENT - MIN_EXPONENT + 1 }, (_, i) => 2 ** (i + MIN_EXPONENT));

/**
 * A log-linear histogram of non-negative values in HdrHistogram's manner: each power-of-two
 * range [2^e, 2^(e+1)) is split into M equal sub-buckets, with M = ceil(1 / (2ε)).
 *
 * Error bound: a bucket at 2^e is 2^e / M wide and `quantile` reports its midpoint, so the
 * reported value differs from any value in the bucket, in particular the true sample
 * quantile, by at most 2^e / (2M) <= ε times that value. Zeros are counted exactly, the
 * answer is clamped to the observed [min, max] (which never increases the error), and the
 * mean comes from an exact running sum. Memory grows with the number of octaves the data
 * span (M doubles each), never with the number of observations.
 */
export class QuantileHistogram {
  /** The guaranteed relative error, 1 / (2M), which is at most the requested precision. */
  readonly relativePrecision: number;
  private readonly subBuckets: number;
  private counts = new Float64Array(0);
  /** Exponent of the octave stored at counts[0 .. subBuckets). */
  private lowestExponent = 0;
  private octaves = 0;
  private zeros = 0;
  private n = 0;
  private sum = 0;
  private low = Infinity;
  private high = -Infinity;

  constructor(options: QuantileHistogramOptions = {}) {
    const requested = expectOpenUnit('relativePrecision', options.relativePrecision ?? 0.005);
    this.subBuckets = Math.ceil(1 / (2 * requested));
    this.relativePrecision = 1 / (2 * this.subBuckets);
  }

  add(x: number): void {
    if (!(x >= 0 && x < Infinity)) throw rangeError('x', 'a finite number >= 0', x);
    this.n++;
    this.sum += x;
    if (x < this.low) this.low = x;
    if (x > this.high) this.high = x;
    if (x === 0) {
      this.zeros++;
      return;
    }
    let exponent = Math.floor(Math.log2(x));
    let mantissa = x / POWERS_OF_TWO[exponent - MIN_EXPONENT]!;
    // log2 may round across a power of two; the division by 2^e is exact, so fix it here.
    if (mantissa < 1) mantissa = x / POWERS_OF_TWO[--exponent - MIN_EXPONENT]!;
    else if (mantissa >= 2) mantissa = x / POWERS_OF_TWO[++exponent - MIN_EXPONENT]!;
    const sub = Math.min(Math.floor((mantissa - 1) * this.subBuckets), this.subBuckets - 1);
    if (exponent < this.lowestExponent || exponent >= this.lowestExponent + this.octaves) this.cover(exponent, exponent);
    this.counts[(exponent - this.lowestExponent) * this.subBuckets + sub]++;
  }

  get count(): number {
    return this.n;
  }

  /** Exact arithmetic mean of all values added; NaN when empty. */
  get mean(): number {
    return this.n > 0 ? this.sum / this.n : NaN;
  }

  /** Infinity when empty. */
  get min(): number {
    return this.low;
  }

  /** -Infinity when empty. */
  get max(): number {
    return this.high;
  }

  /**
   * The q-quantile by the nearest-rank definition (the ceil(q·n)-th smallest value,
   * the smallest for q = 0), within `relativePrecision` of the exact value and exact for
   * the smallest and largest ranks; NaN when empty.
   */
  quantile(q: number): number {
    expectProbability('q', q);
    if (this.n === 0) return NaN;
    const rank = Math.max(1, Math.ceil(q * this.n));
    // The extremes are known exactly, so report them exactly.
    if (rank === 1) return this.low;
    if (rank >= this.n) return this.high;
    let seen = this.zeros;
    if (rank <= seen) return 0;
    const counts = this.counts;
    for (let i = 0; i < counts.length; i++) {
      seen += counts[i]!;
      if (seen >= rank) return Math.min(Math.max(this.midpoint(i), this.low), this.high);
    }
    return this.high;
  }

  /** Adds every observation of `other`, which must share this precision; returns this. */
  merge(other: QuantileHistogram): this {
    if (other.subBuckets !== this.subBuckets) {
      throw rangeError('other.relativePrecision', `${this.relativePrecision} like this histogram`, other.relativePrecision);
    }
    if (other.octaves > 0) {
      this.cover(other.lowestExponent, other.lowestExponent + other.octaves - 1);
      const offset = (other.lowestExponent - this.lowestExponent) * this.subBuckets;
      for (let i = 0; i < other.counts.length; i++) this.counts[offset + i] += other.counts[i]!;
    }
    this.n += other.n;
    this.sum += other.sum;
    this.zeros += other.zeros;
    this.low = Math.min(this.low, other.low);
    this.high = Math.max(this.high, other.high);
    return this;
  }

  /** Forgets every observation but keeps the allocated range. */
  reset(): void {
    this.counts.fill(0);
    this.zeros = 0;
    this.n = 0;
    this.sum = 0;
    this.low = Infinity;
    this.high = -Infinity;
  }

  private midpoint(index: number): number {
    const octave = Math.floor(index / this.subBuckets);
    const sub = index - octave * this.subBuckets;
    return POWERS_OF_TWO[this.lowestExponent + octave - MIN_EXPONENT]! * (1 + (sub + 0.5) / this.subBuckets);
  }

  /** Grows the bucket array so octaves lowExponent..highExponent are stored. */
  private cover(lowExponent: number, highExponent: number): void {
    const low = this.octaves === 0 ? lowExponent : Math.min(lowExponent, this.lowestExponent);
    const high = this.octaves === 0 ? highExponent : Math.max(highExponent, this.lowestExponent + this.octaves - 1);
    if (this.octaves > 0 && low === this.lowestExponent && high - low + 1 === this.octaves) return;
    const grown = new Float64Array((high - low + 1) * this.subBuckets);
    if (this.octaves > 0) grown.set(this.counts, (this.lowestExponent - low) * this.subBuckets);
    this.counts = grown;
    this.lowestExponent = low;
    this.octaves = high - low + 1;
  }
}
