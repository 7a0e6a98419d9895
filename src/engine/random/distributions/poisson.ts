import { expectPositive } from '../expect.js';
import { lnGamma } from '../special-functions.js';
import type { Rng } from '../stream.js';
import type { Distribution } from './distribution.js';

/** Below this mean Knuth's multiplication method is fastest; above it PTRS is O(1). */
const PTRS_THRESHOLD = 10;

/** Poisson counts (integers >= 0) with the given mean. */
export class Poisson implements Distribution {
  readonly kind = 'poisson';
  readonly mean: number;
  readonly variance: number;
  private readonly expMinusMean: number;
  private readonly logMean: number;
  private readonly a: number;
  private readonly b: number;
  private readonly vr: number;
  private readonly logInvAlpha: number;

  constructor(mean: number) {
    this.mean = expectPositive('mean', mean);
    this.variance = mean;
    this.expMinusMean = Math.exp(-mean);
    this.logMean = Math.log(mean);
    // PTRS constants, Hörmann (1993) Table 1.
    this.b = 0.931 + 2.53 * Math.sqrt(mean);
    this.a = -0.059 + 0.02483 * this.b;
    this.vr = 0.9277 - 3.6224 / (this.b - 2);
    this.logInvAlpha = Math.log(1.1239 + 1.1328 / (this.b - 3.4));
  }

  sample(rng: Rng): number {
    return this.mean < PTRS_THRESHOLD ? this.sampleKnuth(rng) : this.sampleTransformedRejection(rng);
  }

  /** Knuth: count uniforms until their product falls below e^-mean. */
  private sampleKnuth(rng: Rng): number {
    let k = 0;
    let product = rng();
    while (product > this.expMinusMean) {
      k++;
      product *= rng();
    }
    return k;
  }

  /**
   * PTRS, the transformed rejection method with squeeze: W. Hörmann (1993), "The transformed
   * rejection method for generating Poisson random variables", Insurance: Mathematics and
   * Economics 12, 39–45. Same constants as NumPy's implementation.
   */
  private sampleTransformedRejection(rng: Rng): number {
    const { a, b, vr, mean } = this;
    for (;;) {
      const u = rng() - 0.5;
      const v = rng();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      const lhs = Math.log(v) + this.logInvAlpha - Math.log(a / (us * us) + b);
      if (lhs <= -mean + k * this.logMean - lnGamma(k + 1)) return k;
    }
  }
}

export const poisson = (mean: number): Poisson => new Poisson(mean);

/**
 * The Poisson(mean) value at cumulative probability `u` (inversion): one uniform per draw,
 * which keeps common random numbers aligned when the mean changes between scenarios.
 * Cost grows with the mean; meant for small means (a few events).
 */
export function poissonQuantile(mean: number, u: number): number {
  if (!(mean > 0)) return 0;
  let k = 0;
  let p = Math.exp(-mean);
  let cdf = p;
  while (u > cdf && k < 10_000) {
    k++;
    p *= mean / k;
    cdf += p;
  }
  return k;
}
