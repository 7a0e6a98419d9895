import { describe, expect, it } from 'vitest';
import { mm1, mm1StateProbability } from './mm1.js';

describe('M/M/1', () => {
  it('gives the textbook measures for rho = 0.8', () => {
    const r = mm1(0.8, 1);
    expect(r.rho).toBeCloseTo(0.8, 15);
    expect(r.L).toBeCloseTo(4, 13);
    expect(r.Lq).toBeCloseTo(3.2, 13);
    expect(r.W).toBeCloseTo(5, 13);
    expect(r.Wq).toBeCloseTo(4, 13);
  });

  it('satisfies Little and sums its state probabilities to 1 with mean L', () => {
    const r = mm1(3, 5);
    expect(r.L).toBeCloseTo(3 * r.W, 14);
    expect(r.Lq).toBeCloseTo(3 * r.Wq, 14);
    let total = 0;
    let mean = 0;
    for (let n = 0; n < 200; n++) {
      total += mm1StateProbability(3, 5, n);
      mean += n * mm1StateProbability(3, 5, n);
    }
    expect(total).toBeCloseTo(1, 14);
    expect(mean).toBeCloseTo(r.L, 12);
  });

  it('gives P(0..2) = 0.2, 0.16, 0.128 for rho = 0.8', () => {
    expect([0, 1, 2].map((n) => mm1StateProbability(0.8, 1, n))).toEqual([0.19999999999999996, 0.15999999999999998, 0.128]);
  });

  it('rejects unstable and invalid inputs', () => {
    expect(() => mm1(1, 1)).toThrow('Expected utilisation rho < 1 for a steady state, got 1 (lambda=1, mu=1)');
    expect(() => mm1(0, 1)).toThrow('Expected `lambda` to be a finite number > 0, got `0`');
    expect(() => mm1(1, NaN)).toThrow('Expected `mu` to be a finite number > 0, got `NaN`');
    expect(() => mm1StateProbability(0.5, 1, -1)).toThrow('Expected `n` to be an integer >= 0, got `-1`');
  });
});
