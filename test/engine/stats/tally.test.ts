import { describe, it, expect } from 'vitest';
import { Tally } from '../../../src/engine/stats/tally.js';
import { createStream } from '../../../src/engine/random/stream.js';

function tallyOf(values: readonly number[]): Tally {
  const tally = new Tally();
  for (const x of values) tally.add(x);
  return tally;
}

function twoPass(values: readonly number[]): { mean: number; variance: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, x) => a + (x - mean) ** 2, 0) / (values.length - 1);
  return { mean, variance };
}

describe('Tally', () => {
  it('matches hand-computed statistics', () => {
    const tally = tallyOf([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(tally.count).toBe(8);
    expect(tally.mean).toBe(5);
    expect(tally.variance).toBeCloseTo(32 / 7, 14);
    expect(tally.sd).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect([tally.min, tally.max]).toEqual([2, 9]);
  });

  it('stays exact when the mean dwarfs the spread', () => {
    // Naive Σx² − n·mean² loses every digit here; Welford keeps them.
    const tally = tallyOf([4, 7, 13, 16].map((x) => 1e9 + x));
    expect(tally.mean).toBe(1e9 + 10);
    expect(tally.variance).toBe(30);
  });

  it('agrees with the two-pass formula on random data', () => {
    const rng = createStream(3, 0, 'tally');
    const values = Array.from({ length: 10_000 }, () => 100 + 20 * rng());
    const tally = tallyOf(values);
    const reference = twoPass(values);
    expect(Math.abs(tally.mean - reference.mean) / reference.mean).toBeLessThan(1e-14);
    expect(Math.abs(tally.variance - reference.variance) / reference.variance).toBeLessThan(1e-12);
  });

  it('is NaN-valued until it has enough data', () => {
    const tally = new Tally();
    expect(tally.mean).toBeNaN();
    expect(tally.variance).toBeNaN();
    expect([tally.min, tally.max]).toEqual([Infinity, -Infinity]);
    tally.add(3);
    expect(tally.mean).toBe(3);
    expect(tally.variance).toBeNaN();
  });

  it('merges to the same result as one combined tally', () => {
    const rng = createStream(3, 0, 'merge');
    const values = Array.from({ length: 3_001 }, () => 50 * rng() - 10);
    const combined = tallyOf(values);
    const merged = tallyOf(values.slice(0, 1_000)).merge(tallyOf(values.slice(1_000, 1_001))).merge(tallyOf(values.slice(1_001)));
    expect(merged.count).toBe(combined.count);
    expect(merged.mean).toBeCloseTo(combined.mean, 12);
    expect(merged.variance).toBeCloseTo(combined.variance, 10);
    expect([merged.min, merged.max]).toEqual([combined.min, combined.max]);
  });

  it('merges with empty tallies either way', () => {
    expect(new Tally().merge(tallyOf([1, 3])).variance).toBe(2);
    expect(tallyOf([1, 3]).merge(new Tally()).variance).toBe(2);
  });

  it('resets to empty', () => {
    const tally = tallyOf([1, 2, 3]);
    tally.reset();
    expect(tally.count).toBe(0);
    expect(tallyOf([5, 7]).mean).toBe(6);
    tally.add(5);
    tally.add(7);
    expect([tally.mean, tally.variance, tally.min, tally.max]).toEqual([6, 2, 5, 7]);
  });
});
