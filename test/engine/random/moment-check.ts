import { expect } from 'vitest';
import type { Distribution } from '../../../src/engine/random/distributions/index.js';
import type { Rng } from '../../../src/engine/random/stream.js';

export const DRAWS = 200_000;

/**
 * Checks the sample mean and variance of `DRAWS` draws against the exact moments.
 *
 * Tolerances are five standard errors, so a correct sampler fails with probability below
 * about 6e-7 per check (and, with fixed seeds, either always passes or always fails):
 * - mean: SE = σ/√n;
 * - variance: the sample variance s² has Var(s²) = μ₄/n − σ⁴(n − 3)/(n(n − 1)), where μ₄ is
 *   the exact fourth central moment, which each case supplies. Heavy tails (large μ₄) thus
 *   widen the tolerance exactly as much as they widen the sampling spread.
 */
export function expectMomentsMatch(distribution: Distribution, fourthCentralMoment: number, rng: Rng): void {
  const n = DRAWS;
  let sum = 0;
  const draws = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = distribution.sample(rng);
    draws[i] = x;
    sum += x;
  }
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (draws[i]! - mean) ** 2;
  const variance = squares / (n - 1);

  const sigma2 = distribution.variance;
  const meanTolerance = 5 * Math.sqrt(sigma2 / n);
  const varianceOfVariance = fourthCentralMoment / n - (sigma2 * sigma2 * (n - 3)) / (n * (n - 1));
  const varianceTolerance = 5 * Math.sqrt(varianceOfVariance);
  expect(Math.abs(mean - distribution.mean), `mean ${mean} vs ${distribution.mean}`).toBeLessThan(meanTolerance);
  expect(Math.abs(variance - sigma2), `variance ${variance} vs ${sigma2}`).toBeLessThan(varianceTolerance);
}

/** μ₄ from the excess kurtosis γ₂: μ₄ = (3 + γ₂)σ⁴. */
export const fourthFromKurtosis = (variance: number, excessKurtosis: number): number =>
  (3 + excessKurtosis) * variance * variance;
