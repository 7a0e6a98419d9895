import { expectPositive } from '../expect.js';
import type { Rng } from '../stream.js';
import type { Distribution } from './distribution.js';
import { sampleStandardNormal } from './standard-normal.js';

/** Gamma(shape k, scale θ): mean kθ, variance kθ². */
export class Gamma implements Distribution {
  readonly kind = 'gamma';
  readonly shape: number;
  readonly scale: number;
  readonly mean: number;
  readonly variance: number;
  // Marsaglia–Tsang constants for shape max(k, k + 1); see `sample`.
  private readonly d: number;
  private readonly c: number;
  private readonly boostExponent: number;

  constructor(shape: number, scale: number) {
    this.shape = expectPositive('shape', shape);
    this.scale = expectPositive('scale', scale);
    this.mean = shape * scale;
    this.variance = shape * scale * scale;
    const base = shape < 1 ? shape + 1 : shape;
    this.d = base - 1 / 3;
    this.c = 1 / Math.sqrt(9 * this.d);
    this.boostExponent = shape < 1 ? 1 / shape : 0;
  }

  /**
   * Marsaglia & Tsang (2000), "A simple method for generating gamma variables".
   * For k < 1 it draws Gamma(k + 1) and multiplies by U^(1/k), their suggested boost.
   */
  sample(rng: Rng): number {
    const d = this.d;
    const c = this.c;
    let draw: number;
    for (;;) {
      const x = sampleStandardNormal(rng);
      let v = 1 + c * x;
      if (v <= 0) continue;
      v = v * v * v;
      const u = rng();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
        draw = d * v;
        break;
      }
    }
    if (this.boostExponent !== 0) draw *= Math.pow(1 - rng(), this.boostExponent);
    return draw * this.scale;
  }
}

export const gamma = (shape: number, scale: number): Gamma => new Gamma(shape, scale);

/** The gamma distribution with the given mean and standard deviation (shape (μ/σ)², scale σ²/μ). */
export function gammaFromMeanSd(mean: number, sd: number): Gamma {
  expectPositive('mean', mean);
  expectPositive('sd', sd);
  const ratio = mean / sd;
  return new Gamma(ratio * ratio, (sd * sd) / mean);
}
