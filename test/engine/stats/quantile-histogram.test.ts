import { describe, it, expect } from 'vitest';
import { QuantileHistogram } from '../../../src/engine/stats/quantile-histogram.js';
import { lognormal } from '../../../src/engine/random/distributions/index.js';
import { createStream } from '../../../src/engine/random/stream.js';

const QS = [0, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 0.9999, 1];

/** Nearest-rank sample quantile, the definition the histogram documents. */
const exactQuantile = (sorted: Float64Array, q: number): number => sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1]!;

function expectWithinPrecision(histogram: QuantileHistogram, sorted: Float64Array): void {
  for (const q of QS) {
    const exact = exactQuantile(sorted, q);
    const error = exact === 0 ? Math.abs(histogram.quantile(q)) : Math.abs(histogram.quantile(q) - exact) / exact;
    expect(error, `q = ${q}`).toBeLessThanOrEqual(histogram.relativePrecision * (1 + 1e-12));
  }
}

describe('QuantileHistogram', () => {
  it('reports quantiles of 1e6 lognormal draws within the stated relative precision', () => {
    const rng = createStream(1, 0, 'histogram');
    const distribution = lognormal(10, 20);
    const draws = new Float64Array(1_000_000);
    const histogram = new QuantileHistogram();
    let sum = 0;
    for (let i = 0; i < draws.length; i++) {
      draws[i] = distribution.sample(rng);
      histogram.add(draws[i]!);
      sum += draws[i]!;
    }
    expect(histogram.relativePrecision).toBe(0.005);
    expect(histogram.count).toBe(1_000_000);
    expect(histogram.mean).toBe(sum / 1_000_000);
    const sorted = draws.slice().sort();
    expectWithinPrecision(histogram, sorted);
    expect(histogram.quantile(0)).toBe(sorted[0]);
    expect(histogram.quantile(1)).toBe(sorted[sorted.length - 1]);
  });

  it('holds the bound over a very wide range with a coarser precision', () => {
    const rng = createStream(2, 0, 'wide');
    const draws = Float64Array.from({ length: 50_000 }, () => 10 ** (600 * rng() - 300));
    const histogram = new QuantileHistogram({ relativePrecision: 0.02 });
    draws.forEach((x) => histogram.add(x));
    expect(histogram.relativePrecision).toBe(0.02);
    expectWithinPrecision(histogram, draws.slice().sort());
  });

  it('counts zeros exactly and includes them in quantiles', () => {
    const histogram = new QuantileHistogram();
    for (let i = 0; i < 30; i++) histogram.add(0);
    for (let i = 1; i <= 70; i++) histogram.add(i);
    expect(histogram.quantile(0.3)).toBe(0);
    expect(Math.abs(histogram.quantile(0.31) - 1)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(histogram.quantile(0.65) - 35) / 35).toBeLessThanOrEqual(0.005);
    expect(histogram.mean).toBe((70 * 71) / 2 / 100);
    expect([histogram.min, histogram.max]).toEqual([0, 70]);
  });

  it('handles exact powers of two and values just below them', () => {
    const histogram = new QuantileHistogram();
    const values = [1, 2, 4, 1024, 2 - 2 ** -52, 4 - 2 ** -51, 2 ** -1074, Number.MAX_VALUE];
    values.forEach((x) => histogram.add(x));
    expectWithinPrecision(histogram, Float64Array.from(values).sort());
  });

  it('merges to the same quantiles as one combined histogram', () => {
    const rng = createStream(3, 0, 'merge');
    const combined = new QuantileHistogram();
    const parts = [new QuantileHistogram(), new QuantileHistogram(), new QuantileHistogram()];
    for (let i = 0; i < 30_000; i++) {
      const x = i % 3 === 0 ? 1000 * rng() : i % 3 === 1 ? 0.001 * rng() : 0;
      combined.add(x);
      parts[i % 3]!.add(x);
    }
    const merged = new QuantileHistogram().merge(parts[0]!).merge(parts[1]!).merge(parts[2]!);
    expect(merged.count).toBe(combined.count);
    expect(merged.mean).toBeCloseTo(combined.mean, 12);
    for (const q of QS) expect(merged.quantile(q)).toBe(combined.quantile(q));
    expect(() => merged.merge(new QuantileHistogram({ relativePrecision: 0.01 }))).toThrow('relativePrecision');
  });

  it('resets to empty', () => {
    const histogram = new QuantileHistogram();
    [1, 2, 3].forEach((x) => histogram.add(x));
    histogram.reset();
    expect(histogram.count).toBe(0);
    expect(histogram.quantile(0.5)).toBeNaN();
    expect(histogram.mean).toBeNaN();
    histogram.add(5);
    expect(histogram.quantile(0.5)).toBe(5);
  });

  it('rejects negative and non-finite values and bad options', () => {
    const histogram = new QuantileHistogram();
    expect(() => histogram.add(-1)).toThrow('Expected `x` to be a finite number >= 0, got `-1`');
    expect(() => histogram.add(Number.NaN)).toThrow('got `NaN`');
    expect(() => histogram.quantile(1.5)).toThrow('Expected `q` to be a number in [0, 1], got `1.5`');
    expect(() => new QuantileHistogram({ relativePrecision: 0 })).toThrow('Expected `relativePrecision` to be a number in (0, 1), got `0`');
  });
});
