import { describe, expect, it } from 'vitest';
import { fitParameters } from '../../src/calibration/fit.js';
import { identify, pseudoInverse, symmetricEigen } from '../../src/calibration/identifiability.js';
import { nelderMead } from '../../src/calibration/nelder-mead.js';

describe('Nelder–Mead on the unit box', () => {
  it('finds the minimum of a shifted quadratic bowl', async () => {
    const f = async (x: readonly number[]) => 3 * (x[0]! - 0.3) ** 2 + (x[1]! - 0.7) ** 2 + 0.5 * (x[0]! - 0.3) * (x[1]! - 0.7);
    const r = await nelderMead(f, [0.9, 0.1], { maxEvaluations: 400, tolerance: 1e-12, step: 0.2 });
    expect(r.x[0]).toBeCloseTo(0.3, 3);
    expect(r.x[1]).toBeCloseTo(0.7, 3);
  });

  it('finds the Rosenbrock valley minimum mapped into the box', async () => {
    // Rosenbrock in [-2, 2]^2, minimum at (1, 1) = box (0.75, 0.75).
    const f = async (u: readonly number[]) => { const x = 4 * u[0]! - 2; const y = 4 * u[1]! - 2; return (1 - x) ** 2 + 100 * (y - x * x) ** 2; };
    const r = await nelderMead(f, [0.2, 0.6], { maxEvaluations: 2000, tolerance: 1e-14, step: 0.1 });
    expect(4 * r.x[0]! - 2).toBeCloseTo(1, 2);
    expect(4 * r.x[1]! - 2).toBeCloseTo(1, 2);
  });

  it('stays inside the box when the minimum lies beyond a bound', async () => {
    const r = await nelderMead(async (x) => (x[0]! - 1.5) ** 2, [0.2], { maxEvaluations: 200, tolerance: 1e-12, step: 0.2 });
    expect(r.x[0]).toBe(1);
  });
});

describe('eigen-decomposition and pseudo-inverse', () => {
  it('reconstructs a symmetric matrix and inverts a full-rank one', () => {
    const a = [[4, 1, 0.5], [1, 3, 0.2], [0.5, 0.2, 2]];
    const { values, vectors } = symmetricEigen(a);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) {
      expect(values.reduce((s, v, k) => s + vectors[i]![k]! * v * vectors[j]![k]!, 0)).toBeCloseTo(a[i]![j]!, 10);
    }
    const inv = pseudoInverse(a);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) {
      expect(a[i]!.reduce((s, x, k) => s + x * inv[k]![j]!, 0)).toBeCloseTo(i === j ? 1 : 0, 10);
    }
  });
});

describe('identifiability', () => {
  it('reports a parameter the residuals do not depend on as flat, and a well-determined one as identified', () => {
    // Residuals r_k = 10 * x0 * k; x1 has no effect.
    const jacobian = [1, 2, 3].map((k) => [10 * k, 0]);
    const [a, b] = identify(jacobian, 2);
    expect(a!.identified).toBe(true);
    expect(b!.identified).toBe(false);
    expect(b!.reason).toMatch(/flat/);
  });

  it('reports two parameters that only act through their sum as not identified, each trading off with the other', () => {
    const jacobian = [1, 2, 3].map((k) => [5 * k, 5 * k]);
    const ids = identify(jacobian, 2);
    expect(ids.map((i) => i.identified)).toEqual([false, false]);
    expect(ids[0]!.partner?.index).toBe(1);
    expect(ids[0]!.partner!.correlation).toBeLessThan(-0.9);
  });
});

describe('fitParameters on a closed-form model', () => {
  it('recovers known parameters within their intervals and flags the one without effect', async () => {
    // "Observations" y_k = a * t_k + b with a = 1.4, b = 0.6, each with sd 0.05; c has no effect.
    const t = [0, 1, 2, 3, 4, 5];
    const truth = { a: 1.4, b: 0.6 };
    const residualsAt = async ([a, b]: readonly number[]) => t.map((tk) => ((a! * tk + b!) - (truth.a * tk + truth.b)) / 0.05);
    const fit = await fitParameters([
      { name: 'a', initial: 1, low: 0.5, high: 2 },
      { name: 'b', initial: 1, low: 0, high: 2 },
      { name: 'c', initial: 1, low: 0, high: 2 },
    ], residualsAt, { maxEvaluations: 400, jacobianStep: 0.05, priorSdBox: Infinity });
    const [a, b, c] = fit.estimates;
    expect(a!.ciLow).toBeLessThanOrEqual(truth.a);
    expect(a!.ciHigh).toBeGreaterThanOrEqual(truth.a);
    expect(b!.ciLow).toBeLessThanOrEqual(truth.b);
    expect(b!.ciHigh).toBeGreaterThanOrEqual(truth.b);
    expect(a!.identified && b!.identified).toBe(true);
    expect(c!.identified).toBe(false);
    expect(fit.objectiveAfter).toBeLessThan(fit.objectiveBefore);
  });
});

describe('the weak pull toward the starting values', () => {
  it('keeps a parameter the data cannot see at its starting value, and moves one they can see', async () => {
    const residualsAt = async ([a]: readonly number[]) => [0, 1, 2].map((k) => ((a! - 1.4) * (k + 1)) / 0.05);
    const fit = await fitParameters([
      { name: 'a', initial: 1, low: 0.5, high: 2 },
      { name: 'unseen', initial: 0.7, low: 0, high: 2 },
    ], residualsAt, { maxEvaluations: 400, jacobianStep: 0.05, priorSdBox: 0.25 });
    expect(fit.estimates[0]!.value).toBeCloseTo(1.4, 2);
    // Within 1% of its range (the search stops when the objective varies by under 0.001 across the simplex); without the pull it could end anywhere on the flat.
    expect(Math.abs(fit.estimates[1]!.value - 0.7)).toBeLessThan(0.02);
    expect(fit.estimates[1]!.identified).toBe(false);
  });
});
