import { requireNonNegative, requirePositive, requirePositiveInteger, requireSteadyState } from './validate.js';
import type { QueueMeasures } from './mm1.js';

/**
 * Erlang B blocking probability for offered load `A` (erlangs) on `c` servers, by the
 * recursion B(0) = 1, B(k) = A·B(k-1) / (k + A·B(k-1)). Every step stays in [0, 1], so
 * it neither overflows (A^c / c! does for c > 170) nor loses precision.
 */
export function erlangB(A: number, c: number): number {
  requireNonNegative('A', A);
  requirePositiveInteger('c', c);
  let b = 1;
  for (let k = 1; k <= c; k++) b = (A * b) / (k + A * b);
  return b;
}

/** Erlang C: probability that an arrival to M/M/c must wait, C = c·B / (c − A(1 − B)). */
export function erlangC(A: number, c: number): number {
  requireNonNegative('A', A);
  requirePositiveInteger('c', c);
  requireSteadyState(A / c, { A, c });
  const b = erlangB(A, c);
  return (c * b) / (c - A * (1 - b));
}

/** M/M/c measures; Wq = C(c, A) / (cμ − λ). */
export function mmc(lambda: number, mu: number, c: number): QueueMeasures & { readonly probabilityOfWait: number } {
  requirePositive('lambda', lambda);
  requirePositive('mu', mu);
  requirePositiveInteger('c', c);
  const A = lambda / mu;
  const rho = A / c;
  requireSteadyState(rho, { lambda, mu, c });
  const probabilityOfWait = erlangC(A, c);
  const Wq = probabilityOfWait / (c * mu - lambda);
  const W = Wq + 1 / mu;
  return { rho, Wq, W, Lq: lambda * Wq, L: lambda * W, probabilityOfWait };
}

/** P(W > t) = C·exp(−(cμ − λ)t) for the M/M/c FIFO waiting time. */
export function mmcWaitExceeds(lambda: number, mu: number, c: number, t: number): number {
  const { probabilityOfWait } = mmc(lambda, mu, c);
  requireNonNegative('t', t);
  return probabilityOfWait * Math.exp(-(c * mu - lambda) * t);
}
