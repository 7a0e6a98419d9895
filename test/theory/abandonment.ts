import { requirePositive } from './validate.js';

export interface AbandonmentMeasures {
  /** Fraction of arrivals that leave before service starts. */
  readonly abandonment: number;
  readonly Lq: number;
  readonly L: number;
  /** Mean time in queue over all arrivals (served and abandoning). */
  readonly Wq: number;
  readonly probabilities: readonly number[];
}

/**
 * M/M/1+M (Palm's queue with exponential patience, rate theta per waiting customer).
 * A birth–death chain with birth λ and death μ + (n − 1)θ in state n >= 1; always stable
 * for θ > 0. Summed until terms fall below 1e-17 of the total. P(abandon) = θ·Lq / λ.
 */
export function mm1Abandonment(lambda: number, mu: number, theta: number): AbandonmentMeasures {
  requirePositive('lambda', lambda);
  requirePositive('mu', mu);
  requirePositive('theta', theta);
  const q = [1];
  let total = 1;
  for (let n = 1; n < 100_000; n++) {
    const next = (q[n - 1]! * lambda) / (mu + (n - 1) * theta);
    q.push(next);
    total += next;
    if (next < 1e-17 * total && n > lambda / theta) break;
  }
  const probabilities = q.map((v) => v / total);
  let L = 0;
  let Lq = 0;
  probabilities.forEach((p, n) => {
    L += n * p;
    Lq += Math.max(0, n - 1) * p;
  });
  return { abandonment: (theta * Lq) / lambda, Lq, L, Wq: Lq / lambda, probabilities };
}
