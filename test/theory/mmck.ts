import { requireNonNegative, requirePositive, requirePositiveInteger } from './validate.js';

export interface FiniteQueueMeasures {
  /** Probability an arrival finds K in the system and is lost. */
  readonly blocking: number;
  /** Rate of arrivals that enter, λ(1 − blocking). */
  readonly lambdaEffective: number;
  readonly L: number;
  readonly Lq: number;
  readonly W: number;
  readonly Wq: number;
  /** P(N = n) for n = 0..K. */
  readonly probabilities: readonly number[];
}

/**
 * M/M/c/K (K = total places, K >= c). No steady-state condition: the state space is finite.
 * Unnormalised probabilities are built by the birth–death ratio q(n) = q(n−1)·λ / (min(n, c)μ)
 * and rescaled whenever they grow large, so high loads cannot overflow.
 */
export function mmck(lambda: number, mu: number, c: number, K: number): FiniteQueueMeasures {
  requireNonNegative('lambda', lambda);
  requirePositive('mu', mu);
  requirePositiveInteger('c', c);
  requirePositiveInteger('K', K);
  if (K < c) throw new RangeError(`Expected \`K\` >= c (${c}), got \`${K}\``);
  const q = new Float64Array(K + 1);
  q[0] = 1;
  for (let n = 1; n <= K; n++) {
    q[n] = (q[n - 1]! * lambda) / (Math.min(n, c) * mu);
    if (q[n]! > 1e250) for (let i = 0; i <= n; i++) q[i] = q[i]! * 1e-250;
  }
  let total = 0;
  for (let n = 0; n <= K; n++) total += q[n]!;
  const probabilities = Array.from(q, (v) => v / total);
  let L = 0;
  let Lq = 0;
  for (let n = 0; n <= K; n++) {
    L += n * probabilities[n]!;
    Lq += Math.max(0, n - c) * probabilities[n]!;
  }
  const blocking = probabilities[K]!;
  const lambdaEffective = lambda * (1 - blocking);
  const W = lambdaEffective > 0 ? L / lambdaEffective : 1 / mu;
  const Wq = lambdaEffective > 0 ? Lq / lambdaEffective : 0;
  return { blocking, lambdaEffective, L, Lq, W, Wq, probabilities };
}
