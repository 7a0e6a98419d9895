import { requireNonNegative, requirePositive, requireSteadyState } from './validate.js';
import type { QueueMeasures } from './mm1.js';

/**
 * M/G/1 by the Pollaczek–Khinchine formula: Wq = λE[S²] / (2(1 − ρ)),
 * with E[S²] = Var[S] + E[S]².
 */
export function mg1(lambda: number, meanService: number, varianceService: number): QueueMeasures {
  requirePositive('lambda', lambda);
  requirePositive('meanService', meanService);
  requireNonNegative('varianceService', varianceService);
  const rho = lambda * meanService;
  requireSteadyState(rho, { lambda, meanService });
  const secondMoment = varianceService + meanService * meanService;
  const Wq = (lambda * secondMoment) / (2 * (1 - rho));
  const W = Wq + meanService;
  return { rho, Wq, W, Lq: lambda * Wq, L: lambda * W };
}

/** M/D/1: P–K with zero variance, Wq = ρD / (2(1 − ρ)). */
export function md1(lambda: number, serviceTime: number): QueueMeasures {
  return mg1(lambda, serviceTime, 0);
}
