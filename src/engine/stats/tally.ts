/**
 * Running count, mean, variance, min and max of observations, by Welford's update, which
 * stays accurate when the mean is large relative to the spread (naive sum of squares does not).
 */
export class Tally {
  private n = 0;
  private runningMean = 0;
  /** Sum of squared deviations from the running mean. */
  private m2 = 0;
  private low = Infinity;
  private high = -Infinity;

  add(x: number): void {
    this.n++;
    const delta = x - this.runningMean;
    this.runningMean += delta / this.n;
    this.m2 += delta * (x - this.runningMean);
    if (x < this.low) this.low = x;
    if (x > this.high) this.high = x;
  }

  get count(): number {
    return this.n;
  }

  /** NaN when empty. */
  get mean(): number {
    return this.n > 0 ? this.runningMean : NaN;
  }

  /** Sample variance (divisor n − 1); NaN with fewer than two observations. */
  get variance(): number {
    return this.n > 1 ? this.m2 / (this.n - 1) : NaN;
  }

  get sd(): number {
    return Math.sqrt(this.variance);
  }

  /** Infinity when empty. */
  get min(): number {
    return this.low;
  }

  /** -Infinity when empty. */
  get max(): number {
    return this.high;
  }

  reset(): void {
    this.n = 0;
    this.runningMean = 0;
    this.m2 = 0;
    this.low = Infinity;
    this.high = -Infinity;
  }

  /** Folds `other` into this tally by Chan, Golub & LeVeque's pairwise update; returns this. */
  merge(other: Tally): this {
    if (other.n === 0) return this;
    const n = this.n + other.n;
    const delta = other.runningMean - this.runningMean;
    this.runningMean += (delta * other.n) / n;
    this.m2 += other.m2 + (delta * delta * this.n * other.n) / n;
    this.n = n;
    if (other.low < this.low) this.low = other.low;
    if (other.high > this.high) this.high = other.high;
    return this;
  }
}
