import { describe, it, expect } from 'vitest';
import { pairedDifferenceInterval, relativeHalfWidth, studentTInterval } from '../../../src/engine/stats/confidence.js';

describe('studentTInterval', () => {
  it('matches a hand computation', () => {
    // mean 3, sd √2.5, t(0.975, 4) = 2.7764451051977934.
    const interval = studentTInterval([1, 2, 3, 4, 5]);
    const halfWidth = (2.7764451051977934 * Math.sqrt(2.5)) / Math.sqrt(5);
    expect(interval.n).toBe(5);
    expect(interval.level).toBe(0.95);
    expect(interval.mean).toBe(3);
    expect(interval.sd).toBeCloseTo(Math.sqrt(2.5), 14);
    expect(interval.halfWidth).toBeCloseTo(halfWidth, 12);
    expect(interval.low).toBeCloseTo(3 - halfWidth, 12);
    expect(interval.high).toBeCloseTo(3 + halfWidth, 12);
    expect(relativeHalfWidth(interval)).toBeCloseTo(halfWidth / 3, 12);
  });

  it('widens with the confidence level and accepts typed arrays', () => {
    const values = Float64Array.from([10, 12, 9, 11, 13, 8]);
    expect(studentTInterval(values, 0.99).halfWidth).toBeGreaterThan(studentTInterval(values, 0.9).halfWidth);
  });

  it('gives NaN bounds with fewer than two values', () => {
    expect(studentTInterval([4])).toEqual({ mean: 4, halfWidth: NaN, low: NaN, high: NaN, n: 1, sd: NaN, level: 0.95 });
    expect(studentTInterval([]).mean).toBeNaN();
  });

  it('rejects a level outside (0, 1)', () => {
    expect(() => studentTInterval([1, 2], 95)).toThrow('Expected `level` to be a number in (0, 1), got `95`');
  });
});

describe('pairedDifferenceInterval', () => {
  it('is the interval of the differences', () => {
    const paired = pairedDifferenceInterval([10, 12, 14], [9, 11.5, 13]);
    const direct = studentTInterval([1, 0.5, 1]);
    expect(paired).toEqual(direct);
    expect(paired.mean).toBeCloseTo(2.5 / 3, 14);
  });

  it('is much narrower than unpaired intervals when the noise is shared', () => {
    const a = [100, 140, 90, 160, 120];
    const b = a.map((x, i) => x - 5 - (i % 2));
    expect(pairedDifferenceInterval(a, b).halfWidth).toBeLessThan(studentTInterval(a).halfWidth / 20);
  });

  it('requires one value per replication on both sides', () => {
    expect(() => pairedDifferenceInterval([1, 2, 3], [1, 2])).toThrow('Expected `b` to have one value per replication of `a` (3), got 2');
  });
});
