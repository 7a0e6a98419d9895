import { describe, it, expect } from 'vitest';
import {
  empirical, gamma, lognormal, poisson, triangular, weibull, type Distribution,
} from '../../../src/engine/random/distributions/index.js';
import { lnGamma, normalQuantile } from '../../../src/engine/random/special-functions.js';
import { createStream } from '../../../src/engine/random/stream.js';

const N = 200_000;
const PROBABILITIES = [0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99];

/**
 * Moments alone would pass a sampler with the right mean and variance but the wrong shape.
 * Here the count of draws at or below the true q-quantile is Binomial(N, q), so it must
 * fall within five binomial standard deviations of N·q.
 */
function expectQuantilesMatch(distribution: Distribution, quantile: (q: number) => number, label: string): void {
  const rng = createStream(77, 0, label);
  const draws = new Float64Array(N);
  for (let i = 0; i < N; i++) draws[i] = distribution.sample(rng);
  for (const q of PROBABILITIES) {
    const x = quantile(q);
    let below = 0;
    for (let i = 0; i < N; i++) if (draws[i]! <= x) below++;
    expect(Math.abs(below - N * q), `${label} at q = ${q}`).toBeLessThan(5 * Math.sqrt(N * q * (1 - q)));
  }
}

/** Same idea for a discrete law: each frequency within five binomial standard deviations. */
function expectFrequenciesMatch(distribution: Distribution, pmf: (k: number) => number, support: number[], label: string): void {
  const rng = createStream(78, 0, label);
  const counts = new Map<number, number>();
  for (let i = 0; i < N; i++) {
    const k = distribution.sample(rng);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const k of support) {
    const p = pmf(k);
    const observed = counts.get(k) ?? 0;
    expect(Math.abs(observed - N * p), `${label} at k = ${k}`).toBeLessThan(5 * Math.sqrt(N * p * (1 - p)) + 1e-9);
  }
}

describe('continuous shapes: counts below exact quantiles', () => {
  it('gamma(0.5, 2) is chi-squared with 1 df, i.e. Z²', () => {
    expectQuantilesMatch(gamma(0.5, 2), (q) => normalQuantile((1 + q) / 2) ** 2, 'chi2');
  });

  it('five gamma(0.2, 1) draws sum to an exponential with mean 1 (the small-shape boost)', () => {
    const fifth = gamma(0.2, 1);
    const sum: Distribution = {
      kind: 'sum-of-five',
      mean: 1,
      variance: 1,
      sample: (rng) => fifth.sample(rng) + fifth.sample(rng) + fifth.sample(rng) + fifth.sample(rng) + fifth.sample(rng),
    };
    expectQuantilesMatch(sum, (q) => -Math.log(1 - q), 'gamma-fifths');
  });

  it('gamma(3, 1.5) is Erlang', () => {
    const cdf = (x: number): number => 1 - Math.exp(-x / 1.5) * (1 + x / 1.5 + (x / 1.5) ** 2 / 2);
    expectQuantilesMatch(gamma(3, 1.5), (q) => bisect(cdf, q, 0, 100), 'erlang');
  });

  it('lognormal(10, 5)', () => {
    const d = lognormal(10, 5);
    expectQuantilesMatch(d, (q) => Math.exp(d.mu + d.sigma * normalQuantile(q)), 'lognormal');
  });

  it('weibull(1.5, 2)', () => {
    expectQuantilesMatch(weibull(1.5, 2), (q) => 2 * (-Math.log(1 - q)) ** (1 / 1.5), 'weibull');
  });

  it('triangular(1, 2, 6)', () => {
    const quantile = (q: number): number => (q < 0.2 ? 1 + Math.sqrt(q * 5) : 6 - Math.sqrt((1 - q) * 20));
    expectQuantilesMatch(triangular(1, 2, 6), quantile, 'triangular');
  });
});

describe('discrete shapes: frequencies against the probability mass function', () => {
  const poissonPmf = (mean: number) => (k: number): number => Math.exp(-mean + k * Math.log(mean) - lnGamma(k + 1));
  const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  it('poisson(3.5) by Knuth', () => expectFrequenciesMatch(poisson(3.5), poissonPmf(3.5), range(0, 15), 'p3.5'));
  it('poisson(10) by PTRS', () => expectFrequenciesMatch(poisson(10), poissonPmf(10), range(0, 30), 'p10'));
  it('poisson(40) by PTRS', () => expectFrequenciesMatch(poisson(40), poissonPmf(40), range(15, 70), 'p40'));
  it('poisson(250) by PTRS', () => expectFrequenciesMatch(poisson(250), poissonPmf(250), range(190, 310), 'p250'));

  it('weighted empirical', () => {
    const pmf = (v: number): number => ({ 1: 0.1, 2: 0.2, 5: 0.3, 10: 0.4 })[v] ?? 0;
    expectFrequenciesMatch(empirical([1, 2, 5, 10], [1, 2, 3, 4]), pmf, [1, 2, 5, 10], 'empirical');
  });
});

function bisect(f: (x: number) => number, target: number, low: number, high: number): number {
  for (let i = 0; i < 200; i++) {
    const mid = (low + high) / 2;
    if (f(mid) < target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
