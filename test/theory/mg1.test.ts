import { describe, expect, it } from 'vitest';
import { md1, mg1 } from './mg1.js';
import { mm1 } from './mm1.js';

describe('Pollaczek–Khinchine', () => {
  it('reduces to M/M/1 for exponential service (variance = mean²)', () => {
    const a = mg1(0.8, 1, 1);
    const b = mm1(0.8, 1);
    expect(a.Wq).toBeCloseTo(b.Wq, 13);
    expect(a.L).toBeCloseTo(b.L, 13);
  });

  it('gives M/D/1 half the M/M/1 queueing delay', () => {
    expect(md1(0.5, 1).Wq).toBeCloseTo(0.5, 15);
    expect(md1(0.9, 1).Wq).toBeCloseTo(4.5, 13);
    expect(md1(0.9, 1).Lq).toBeCloseTo(4.05, 13);
  });

  it('scales with E[S²] for lognormal service (mean 1, sd 2, rho 0.7)', () => {
    // E[S²] = 4 + 1 = 5, Wq = 0.7 · 5 / (2 · 0.3).
    expect(mg1(0.7, 1, 4).Wq).toBeCloseTo(35 / 6, 13);
  });

  it('rejects overloads and negative variance', () => {
    expect(() => mg1(2, 0.5, 0)).toThrow('Expected utilisation rho < 1 for a steady state, got 1 (lambda=2, meanService=0.5)');
    expect(() => mg1(0.5, 1, -1)).toThrow('Expected `varianceService` to be a finite number >= 0, got `-1`');
  });
});
