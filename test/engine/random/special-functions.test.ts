import { describe, it, expect } from 'vitest';
import { gamma, incompleteBetaRegularized, lnGamma, normalQuantile } from '../../../src/engine/random/special-functions.js';

const relativeError = (actual: number, expected: number): number => Math.abs(actual - expected) / Math.abs(expected);

describe('gamma and lnGamma', () => {
  it('match factorials, half-integers and reference values', () => {
    expect(relativeError(gamma(5), 24)).toBeLessThan(1e-14);
    expect(relativeError(gamma(11), 3_628_800)).toBeLessThan(1e-13);
    expect(relativeError(gamma(0.5), Math.sqrt(Math.PI))).toBeLessThan(1e-14);
    expect(relativeError(gamma(1.5), Math.sqrt(Math.PI) / 2)).toBeLessThan(1e-14);
    expect(relativeError(gamma(-0.5), -2 * Math.sqrt(Math.PI))).toBeLessThan(1e-14);
    // References from SciPy 1.17 (special.gamma, special.gammaln).
    expect(relativeError(gamma(0.1), 9.513507698668732)).toBeLessThan(1e-14);
    expect(relativeError(lnGamma(100), 359.1342053695754)).toBeLessThan(1e-14);
    expect(Math.abs(lnGamma(1))).toBeLessThan(1e-15);
    expect(Math.abs(lnGamma(2))).toBeLessThan(1e-15);
  });

  it('is NaN at the poles', () => {
    expect(gamma(0)).toBeNaN();
    expect(gamma(-3)).toBeNaN();
  });
});

describe('incompleteBetaRegularized', () => {
  it('matches closed forms', () => {
    for (const x of [0.01, 0.2, 0.5, 0.9, 0.999]) {
      expect(incompleteBetaRegularized(x, 1, 1)).toBeCloseTo(x, 14);
      expect(incompleteBetaRegularized(x, 3, 1)).toBeCloseTo(x ** 3, 14);
      expect(incompleteBetaRegularized(x, 1, 4)).toBeCloseTo(1 - (1 - x) ** 4, 14);
    }
    expect(incompleteBetaRegularized(0.5, 7.5, 7.5)).toBeCloseTo(0.5, 14);
    expect(incompleteBetaRegularized(0, 2, 3)).toBe(0);
    expect(incompleteBetaRegularized(1, 2, 3)).toBe(1);
  });

  it('matches SciPy betainc', () => {
    expect(relativeError(incompleteBetaRegularized(0.3, 2.5, 3.5), 0.29675298929566646)).toBeLessThan(1e-12);
    expect(relativeError(incompleteBetaRegularized(0.99, 500, 0.5), 0.0015273578790529906)).toBeLessThan(1e-10);
  });
});

describe('normalQuantile', () => {
  it('is within Acklam\'s 1.15e-9 relative error', () => {
    expect(relativeError(normalQuantile(0.975), 1.959963984540054)).toBeLessThan(1.2e-9);
    expect(relativeError(normalQuantile(1e-10), -6.361340902404056)).toBeLessThan(1.2e-9);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.3)).toBeCloseTo(-normalQuantile(0.7), 12);
  });
});
