import { requireNonNegative, requirePositive, requireSteadyState } from './validate.js';

/** One class of an M/G/1 priority queue; index 0 in the array is the highest priority. */
export interface PriorityClass {
  readonly lambda: number;
  readonly meanService: number;
  /** Second moment E[S²] = Var[S] + E[S]² of the class's service time. */
  readonly secondMoment: number;
}

interface Loads {
  /** σ_k: cumulative utilisation of classes 0..k. */
  readonly cumulative: readonly number[];
  /** Σ_{i ≤ k} λ_i E[S_i²] / 2: mean residual work of classes 0..k. */
  readonly residual: readonly number[];
}

function loads(classes: readonly PriorityClass[]): Loads {
  if (classes.length === 0) throw new RangeError('Expected at least one priority class, got 0');
  const cumulative: number[] = [];
  const residual: number[] = [];
  let sigma = 0;
  let r = 0;
  classes.forEach((k, i) => {
    requireNonNegative(`classes[${i}].lambda`, k.lambda);
    requirePositive(`classes[${i}].meanService`, k.meanService);
    if (!(k.secondMoment >= k.meanService * k.meanService)) {
      throw new RangeError(`Expected \`classes[${i}].secondMoment\` >= meanService² (${k.meanService ** 2}), got \`${k.secondMoment}\``);
    }
    sigma += k.lambda * k.meanService;
    r += (k.lambda * k.secondMoment) / 2;
    cumulative.push(sigma);
    residual.push(r);
  });
  const lambdas = Object.fromEntries(classes.map((k, i) => [`lambda${i}`, k.lambda]));
  requireSteadyState(sigma, lambdas);
  return { cumulative, residual };
}

/**
 * Cobham (1954), non-preemptive priority M/G/1: Wq_k = W0 / ((1 − σ_{k−1})(1 − σ_k)),
 * where W0 = Σ_i λ_i E[S_i²] / 2 over all classes (the residual service of whoever is in service).
 */
export function cobhamWaits(classes: readonly PriorityClass[]): number[] {
  const { cumulative, residual } = loads(classes);
  const w0 = residual[residual.length - 1]!;
  return classes.map((_, k) => w0 / ((1 - (k > 0 ? cumulative[k - 1]! : 0)) * (1 - cumulative[k]!)));
}

/**
 * Preemptive-resume priority M/G/1 mean response time of class k (Kleinrock, vol. II §3.7):
 * T_k = E[S_k] / (1 − σ_{k−1}) + R_k / ((1 − σ_{k−1})(1 − σ_k)), R_k = Σ_{i ≤ k} λ_i E[S_i²] / 2.
 * Lower classes are invisible to class k, so only classes 0..k appear.
 */
export function preemptiveResumeResponseTimes(classes: readonly PriorityClass[]): number[] {
  const { cumulative, residual } = loads(classes);
  return classes.map((c, k) => {
    const above = k > 0 ? cumulative[k - 1]! : 0;
    return c.meanService / (1 - above) + residual[k]! / ((1 - above) * (1 - cumulative[k]!));
  });
}
