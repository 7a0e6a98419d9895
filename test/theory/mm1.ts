import { requireNonNegativeInteger, requirePositive, requireSteadyState } from './validate.js';

/** Steady-state measures of a queue; times in the units of 1/lambda. */
export interface QueueMeasures {
  readonly rho: number;
  /** Mean number in system and in queue. */
  readonly L: number;
  readonly Lq: number;
  /** Mean time in system and waiting in queue. */
  readonly W: number;
  readonly Wq: number;
}

/** M/M/1 with arrival rate `lambda` and service rate `mu` (Kleinrock, Queueing Systems I, §3.2). */
export function mm1(lambda: number, mu: number): QueueMeasures {
  requirePositive('lambda', lambda);
  requirePositive('mu', mu);
  const rho = lambda / mu;
  requireSteadyState(rho, { lambda, mu });
  return {
    rho,
    L: rho / (1 - rho),
    Lq: (rho * rho) / (1 - rho),
    W: 1 / (mu - lambda),
    Wq: rho / (mu - lambda),
  };
}

/** P(N = n) = (1 - rho) rho^n for the number in an M/M/1 system. */
export function mm1StateProbability(lambda: number, mu: number, n: number): number {
  const { rho } = mm1(lambda, mu);
  requireNonNegativeInteger('n', n);
  return (1 - rho) * rho ** n;
}
