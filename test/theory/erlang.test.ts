import { describe, expect, it } from 'vitest';
import { erlangB, erlangC, mmc, mmcWaitExceeds } from './erlang.js';
import { mm1 } from './mm1.js';

/** Erlang C by its textbook closed form in log space: a second, independent method. */
function erlangCDirect(A: number, c: number): number {
  const logTerm = (k: number) => k * Math.log(A) - lnFactorial(k);
  const tail = Math.exp(logTerm(c)) * (c / (c - A));
  let head = 0;
  for (let k = 0; k < c; k++) head += Math.exp(logTerm(k));
  return tail / (head + tail);
}
function lnFactorial(k: number): number {
  let s = 0;
  for (let i = 2; i <= k; i++) s += Math.log(i);
  return s;
}

describe('Erlang B', () => {
  it('matches exact rationals and tables', () => {
    expect(erlangB(2, 3)).toBeCloseTo(4 / 19, 15);
    expect(erlangB(10, 10)).toBeCloseTo(0.21458234310734736, 14);
    expect(erlangB(9, 10)).toBeCloseTo(0.16796322629158644, 14);
    expect(erlangB(1, 1)).toBe(0.5);
  });

  it('stays finite where A^c / c! overflows', () => {
    const b = erlangB(900, 1000);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(0.01);
  });

  it('rejects bad inputs, naming them', () => {
    expect(() => erlangB(-1, 3)).toThrow('Expected `A` to be a finite number >= 0, got `-1`');
    expect(() => erlangB(2, 0)).toThrow('Expected `c` to be an integer >= 1, got `0`');
    expect(() => erlangB(2, 2.5)).toThrow('got `2.5`');
  });
});

describe('Erlang C', () => {
  it('gives 0.66873152... for A = 9, c = 10', () => {
    expect(erlangC(9, 10)).toBeCloseTo(0.668731524107697, 14);
  });

  it('agrees with the direct formula over a grid', () => {
    for (const c of [1, 2, 5, 10, 50, 150]) {
      for (const load of [0.1, 0.5, 0.9, 0.99]) {
        const A = load * c;
        expect(erlangC(A, c)).toBeCloseTo(erlangCDirect(A, c), 12);
      }
    }
  });

  it('is rho for one server and 4/9 for A = 2, c = 3', () => {
    expect(erlangC(0.7, 1)).toBeCloseTo(0.7, 15);
    expect(erlangC(2, 3)).toBeCloseTo(4 / 9, 15);
  });

  it('is stable for thousands of servers', () => {
    const c = erlangC(1990, 2000);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
  });

  it('throws when there is no steady state', () => {
    expect(() => erlangC(10, 10)).toThrow('Expected utilisation rho < 1 for a steady state, got 1 (A=10, c=10)');
  });
});

describe('M/M/c', () => {
  it('gives Wq = C / (cμ − λ) and Little-consistent L', () => {
    const r = mmc(9, 1, 10);
    expect(r.Wq).toBeCloseTo(0.668731524107697, 14);
    expect(r.W).toBeCloseTo(1.668731524107697, 14);
    expect(r.Lq).toBeCloseTo(9 * 0.668731524107697, 13);
    expect(r.L).toBeCloseTo(r.Lq + 9, 13);
    expect(r.rho).toBeCloseTo(0.9, 15);
  });

  it('reduces to M/M/1 with one server', () => {
    const a = mmc(0.8, 1, 1);
    const b = mm1(0.8, 1);
    expect(a.Wq).toBeCloseTo(b.Wq, 14);
    expect(a.L).toBeCloseTo(b.L, 14);
  });

  it('gives P(W > t) = C exp(−(cμ − λ)t)', () => {
    expect(mmcWaitExceeds(2, 1, 3, 0)).toBeCloseTo(4 / 9, 15);
    expect(mmcWaitExceeds(2, 1, 3, 1)).toBeCloseTo((4 / 9) * Math.exp(-1), 15);
  });

  it('names every input when overloaded', () => {
    expect(() => mmc(12, 1, 10)).toThrow('Expected utilisation rho < 1 for a steady state, got 1.2 (lambda=12, mu=1, c=10)');
  });
});
