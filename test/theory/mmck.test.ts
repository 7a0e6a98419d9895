import { describe, expect, it } from 'vitest';
import { erlangB } from './erlang.js';
import { mmck } from './mmck.js';

describe('M/M/c/K', () => {
  it('with K = c blocks with the Erlang B probability', () => {
    for (const [A, c] of [[2, 3], [9, 10], [30, 20]] as const) {
      expect(mmck(A, 1, c, c).blocking).toBeCloseTo(erlangB(A, c), 14);
    }
    // A loss system: nobody waits, L = carried load.
    const r = mmck(2, 1, 3, 3);
    expect(r.Lq).toBe(0);
    expect(r.L).toBeCloseTo(2 * (1 - 4 / 19), 14);
    expect(r.W).toBeCloseTo(1, 14);
  });

  it('matches the M/M/1/K closed form', () => {
    const rho = 0.9;
    const K = 5;
    const r = mmck(0.9, 1, 1, K);
    expect(r.blocking).toBeCloseTo(((1 - rho) * rho ** K) / (1 - rho ** (K + 1)), 14);
    const L = rho / (1 - rho) - ((K + 1) * rho ** (K + 1)) / (1 - rho ** (K + 1));
    expect(r.L).toBeCloseTo(L, 13);
    expect(r.W).toBeCloseTo(r.L / r.lambdaEffective, 14);
  });

  it('handles overloads (no steady-state condition) without overflow', () => {
    const r = mmck(5000, 1, 1000, 3000);
    expect(r.blocking).toBeCloseTo(0.8, 3);
    expect(r.probabilities.reduce((a, p) => a + p, 0)).toBeCloseTo(1, 12);
  });

  it('rejects K < c', () => {
    expect(() => mmck(1, 1, 3, 2)).toThrow('Expected `K` >= c (3), got `2`');
  });
});
