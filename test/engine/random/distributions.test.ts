import { describe, it, expect } from 'vitest';
import {
  bernoulli, deterministic, empirical, exponential, gamma, gammaFromMeanSd, lognormal, poisson, triangular, uniform,
  weibull, type Distribution,
} from '../../../src/engine/random/distributions/index.js';
import { gamma as gammaFunction } from '../../../src/engine/random/special-functions.js';
import { createStream } from '../../../src/engine/random/stream.js';
import { expectMomentsMatch, fourthFromKurtosis } from './moment-check.js';

function lognormalKurtosis(mean: number, sd: number): number {
  const s2 = Math.log1p((sd * sd) / (mean * mean));
  return Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 6;
}

function weibullFourth(shape: number, scale: number): number {
  const g = (r: number): number => gammaFunction(1 + r / shape);
  const [g1, g2, g3, g4] = [g(1), g(2), g(3), g(4)];
  return scale ** 4 * (g4 - 4 * g3 * g1 + 6 * g2 * g1 * g1 - 3 * g1 ** 4);
}

function tableFourth(values: number[], weights: number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  const mean = values.reduce((sum, v, i) => sum + (v * weights[i]!) / total, 0);
  return values.reduce((sum, v, i) => sum + ((v - mean) ** 4 * weights[i]!) / total, 0);
}

type Case = [label: string, distribution: Distribution, fourthCentralMoment: number];
const cases: Case[] = [
  ['exponential(2.5)', exponential(2.5), fourthFromKurtosis(6.25, 6)],
  ['gamma(0.5, 2), shape < 1', gamma(0.5, 2), fourthFromKurtosis(2, 6 / 0.5)],
  ['gamma(1, 3)', gamma(1, 3), fourthFromKurtosis(9, 6)],
  ['gammaFromMeanSd(10, 4)', gammaFromMeanSd(10, 4), fourthFromKurtosis(16, 6 / 6.25)],
  ['lognormal(10, 5)', lognormal(10, 5), fourthFromKurtosis(25, lognormalKurtosis(10, 5))],
  ['lognormal(1, 2), heavy tail', lognormal(1, 2), fourthFromKurtosis(4, lognormalKurtosis(1, 2))],
  ['triangular(1, 2, 6)', triangular(1, 2, 6), fourthFromKurtosis(triangular(1, 2, 6).variance, -0.6)],
  ['triangular(0, 0, 1)', triangular(0, 0, 1), fourthFromKurtosis(1 / 18, -0.6)],
  ['triangular(0, 1, 1)', triangular(0, 1, 1), fourthFromKurtosis(1 / 18, -0.6)],
  ['uniform(-1, 3)', uniform(-1, 3), fourthFromKurtosis(16 / 12, -1.2)],
  ['empirical weighted', empirical([1, 2, 5, 10], [1, 2, 3, 4]), tableFourth([1, 2, 5, 10], [1, 2, 3, 4])],
  ['empirical unweighted', empirical([3, 3, 7]), tableFourth([3, 3, 7], [1, 1, 1])],
  ['poisson(3.5), Knuth', poisson(3.5), fourthFromKurtosis(3.5, 1 / 3.5)],
  ['poisson(10), PTRS at threshold', poisson(10), fourthFromKurtosis(10, 1 / 10)],
  ['poisson(1000), PTRS', poisson(1000), fourthFromKurtosis(1000, 1 / 1000)],
  ['bernoulli(0.3)', bernoulli(0.3), 0.21 * (1 - 3 * 0.21)],
  ['weibull(1.5, 2)', weibull(1.5, 2), weibullFourth(1.5, 2)],
  ['weibull(0.7, 1)', weibull(0.7, 1), weibullFourth(0.7, 1)],
];

describe('sample moments match exact moments (200,000 draws, 5 standard errors)', () => {
  for (const [label, distribution, fourth] of cases) {
    it(label, () => expectMomentsMatch(distribution, fourth, createStream(2024, 0, label)));
  }
});

describe('exact moments', () => {
  it('follow the closed forms', () => {
    expect(gammaFromMeanSd(10, 4)).toMatchObject({ shape: 6.25, scale: 1.6, mean: 10 });
    expect(gammaFromMeanSd(10, 4).variance).toBeCloseTo(16, 12);
    expect(lognormal(10, 5).mean).toBe(10);
    expect(lognormal(10, 5).variance).toBe(25);
    expect(triangular(1, 2, 6)).toMatchObject({ mean: 3, variance: (1 + 4 + 36 - 2 - 6 - 12) / 18 });
    // Mean (1 + 4 + 15 + 40) / 10 = 6; E[X²] = (1 + 8 + 75 + 400) / 10 = 48.4.
    expect(empirical([1, 2, 5, 10], [1, 2, 3, 4]).mean).toBeCloseTo(6, 14);
    expect(empirical([1, 2, 5, 10], [1, 2, 3, 4]).variance).toBeCloseTo(12.4, 13);
    expect(weibull(1, 3).mean).toBeCloseTo(3, 13);
    expect(weibull(1, 3).variance).toBeCloseTo(9, 12);
    expect(weibull(2, 1).mean).toBeCloseTo(Math.sqrt(Math.PI) / 2, 14);
    expect(weibull(2, 1).variance).toBeCloseTo(1 - Math.PI / 4, 14);
    expect(deterministic(4.2)).toMatchObject({ mean: 4.2, variance: 0 });
  });
});

describe('discrete families', () => {
  it('deterministic returns its value without drawing', () => {
    let calls = 0;
    const rng = (): number => (calls++, 0.5);
    expect(deterministic(4.2).sample(rng)).toBe(4.2);
    expect(calls).toBe(0);
  });

  it('poisson, bernoulli and empirical return values from their support', () => {
    const rng = createStream(5, 0, 'support');
    const [counts, coins, table] = [poisson(40), bernoulli(0.5), empirical([1, 2, 5, 10], [1, 2, 3, 4])];
    const seen = { counts: new Set<number>(), coins: new Set<number>(), table: new Set<number>() };
    for (let i = 0; i < 10_000; i++) {
      seen.counts.add(counts.sample(rng));
      seen.coins.add(coins.sample(rng));
      seen.table.add(table.sample(rng));
    }
    expect([...seen.counts].every((k) => Number.isInteger(k) && k >= 0)).toBe(true);
    expect([...seen.coins].sort()).toEqual([0, 1]);
    expect([...seen.table].sort((a, b) => a - b)).toEqual([1, 2, 5, 10]);
    expect(bernoulli(0).sample(rng)).toBe(0);
    expect(bernoulli(1).sample(rng)).toBe(1);
    expect(empirical([1, 2, 3], [0, 1, 0]).sample(rng)).toBe(2);
  });
});

describe('bad parameters name the parameter and the value', () => {
  const rejections: [() => unknown, string][] = [
    [() => exponential(-2), 'Expected `mean` to be a finite number > 0, got `-2`'],
    [() => exponential(Number.NaN), 'Expected `mean` to be a finite number > 0, got `NaN`'],
    [() => gamma(0, 1), 'Expected `shape` to be a finite number > 0, got `0`'],
    [() => gamma(1, Infinity), 'Expected `scale` to be a finite number > 0, got `Infinity`'],
    [() => gammaFromMeanSd(5, -1), 'Expected `sd` to be a finite number > 0, got `-1`'],
    [() => lognormal(0, 1), 'Expected `mean` to be a finite number > 0, got `0`'],
    [() => lognormal(1, 0), 'Expected `sd` to be a finite number > 0, got `0`'],
    [() => triangular(0, 5, 3), 'Expected `mode` to be within [min, max] = [0, 3], got `5`'],
    [() => triangular(2, 2, 2), 'Expected `max` to be greater than min (2), got `2`'],
    [() => uniform(3, 1), 'Expected `max` to be greater than min (3), got `1`'],
    [() => uniform(Number.NaN, 1), 'Expected `min` to be a finite number, got `NaN`'],
    [() => deterministic(Infinity), 'Expected `value` to be a finite number, got `Infinity`'],
    [() => empirical([]), 'Expected `values` to be a non-empty array of finite numbers, got `[]`'],
    [() => empirical([1, Number.NaN]), 'Expected `values[1]` to be a finite number, got `NaN`'],
    [() => empirical([1, 2], [1]), 'Expected `weights` to have 2 entries like `values`, got 1: `[1]`'],
    [() => empirical([1, 2], [1, -1]), 'Expected `weights[1]` to be a finite number >= 0, got `-1`'],
    [() => empirical([1, 2], [0, 0]), 'Expected `weights` to be a finite sum > 0, got `[0,0]`'],
    [() => poisson(0), 'Expected `mean` to be a finite number > 0, got `0`'],
    [() => bernoulli(1.5), 'Expected `p` to be a number in [0, 1], got `1.5`'],
    [() => weibull(-1, 1), 'Expected `shape` to be a finite number > 0, got `-1`'],
    [() => weibull(1, 0), 'Expected `scale` to be a finite number > 0, got `0`'],
  ];
  for (const [construct, message] of rejections) {
    it(message, () => expect(construct).toThrow(new RangeError(message)));
  }
});

describe('determinism', () => {
  it('the same stream gives the same draws for every family', () => {
    for (const [label, distribution] of cases) {
      const a = createStream(9, 1, label);
      const b = createStream(9, 1, label);
      for (let i = 0; i < 100; i++) expect(distribution.sample(a)).toBe(distribution.sample(b));
    }
  });
});
