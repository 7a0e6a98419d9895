import { requireNonNegative } from './validate.js';

/** Little's law L = λW. */
export function littleL(lambda: number, W: number): number {
  requireNonNegative('lambda', lambda);
  requireNonNegative('W', W);
  return lambda * W;
}

/** Relative discrepancy |L − λW| / L between measured quantities (0 when they agree). */
export function littleRelativeError(L: number, lambda: number, W: number): number {
  requireNonNegative('L', L);
  const predicted = littleL(lambda, W);
  if (L === 0) return predicted === 0 ? 0 : Infinity;
  return Math.abs(L - predicted) / L;
}
