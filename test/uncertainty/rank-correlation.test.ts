import { describe, expect, it } from 'vitest';
import { averageRanks, spearman } from '../../src/results/rank-correlation.js';

describe('Spearman rank correlation', () => {
  it('is 1 for any increasing relation and -1 for any decreasing one', () => {
    const x = [0.1, 0.5, 0.2, 0.9, 0.7];
    expect(spearman(x, x.map((v) => Math.exp(10 * v)))).toBeCloseTo(1, 12);
    expect(spearman(x, x.map((v) => -v * v))).toBeCloseTo(-1, 12);
  });

  it('matches 1 - 6 sum d^2 / (n (n^2 - 1)) without ties', () => {
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(1 - (6 * 4) / (5 * 24), 12);
  });

  it('gives ties their average rank, and NaN for a constant input', () => {
    expect(averageRanks([3, 1, 3, 2])).toEqual([3.5, 1, 3.5, 2]);
    expect(spearman([1, 1, 1, 1], [1, 2, 3, 4])).toBeNaN();
  });
});
