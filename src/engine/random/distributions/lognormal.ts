import { expectPositive } from '../expect.js';
import type { Rng } from '../stream.js';
import type { Distribution } from './distribution.js';
import { sampleStandardNormal } from './standard-normal.js';

/**
 * Lognormal given the mean and standard deviation of the variable itself, as service
 * times are usually reported, rather than of its logarithm.
 */
export class Lognormal implements Distribution {
  readonly kind = 'lognormal';
  readonly mean: number;
  readonly variance: number;
  readonly sd: number;
  /** Mean of ln X. */
  readonly mu: number;
  /** Standard deviation of ln X. */
  readonly sigma: number;

  constructor(mean: number, sd: number) {
    this.mean = expectPositive('mean', mean);
    this.sd = expectPositive('sd', sd);
    this.variance = sd * sd;
    // σ² = ln(1 + cv²), μ = ln m − σ²/2; log1p keeps small cv accurate.
    const sigma2 = Math.log1p(this.variance / (mean * mean));
    this.sigma = Math.sqrt(sigma2);
    this.mu = Math.log(mean) - sigma2 / 2;
  }

  sample(rng: Rng): number {
    return Math.exp(this.mu + this.sigma * sampleStandardNormal(rng));
  }
}

export const lognormal = (mean: number, sd: number): Lognormal => new Lognormal(mean, sd);
