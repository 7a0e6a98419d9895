/**
 * Nelder–Mead simplex search (Nelder & Mead, Computer Journal 1965; the standard coefficients
 * reflection 1, expansion 2, contraction 0.5, shrink 0.5) on the unit box: points are clamped to
 * [0, 1] in every coordinate, so the caller maps its bounded parameters to the box. It needs no
 * gradient, which suits an objective computed by simulation with common random numbers (smooth
 * in expectation, piecewise flat in detail).
 */
export interface NelderMeadOptions {
  /** Evaluations allowed (each is a simulation for calibration). */
  readonly maxEvaluations: number;
  /** Stop when the simplex's objective values differ by less than this. */
  readonly tolerance: number;
  /** Size of the starting simplex along each axis, in box units. */
  readonly step: number;
}

export interface SearchResult {
  readonly x: number[];
  readonly value: number;
  readonly evaluations: number;
}

type Objective = (x: readonly number[]) => Promise<number>;

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
const combine = (a: readonly number[], b: readonly number[], t: number): number[] => a.map((ai, i) => clamp01(ai + t * (b[i]! - ai)));

export async function nelderMead(f: Objective, start: readonly number[], options: NelderMeadOptions): Promise<SearchResult> {
  let evaluations = 0;
  const cache = new Map<string, number>();
  const evaluate = async (x: number[]): Promise<{ x: number[]; value: number }> => {
    const key = x.map((v) => v.toFixed(12)).join(',');
    let value = cache.get(key);
    if (value === undefined) {
      value = await f(x);
      evaluations++;
      cache.set(key, value);
    }
    return { x, value };
  };
  const simplex = [await evaluate(start.map(clamp01))];
  for (let i = 0; i < start.length; i++) {
    const x = start.map(clamp01);
    // Step away from the nearer wall so the vertex is not clamped back onto the start.
    x[i] = x[i]! + options.step <= 1 ? x[i]! + options.step : x[i]! - options.step;
    simplex.push(await evaluate(x));
  }
  while (evaluations < options.maxEvaluations) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0]!;
    const worst = simplex[simplex.length - 1]!;
    if (worst.value - best.value < options.tolerance) break;
    const centroid = start.map((_, i) => simplex.slice(0, -1).reduce((s, p) => s + p.x[i]!, 0) / (simplex.length - 1));
    const reflected = await evaluate(combine(centroid, worst.x, -1));
    if (reflected.value < best.value) {
      const expanded = await evaluate(combine(centroid, worst.x, -2));
      simplex[simplex.length - 1] = expanded.value < reflected.value ? expanded : reflected;
    } else if (reflected.value < simplex[simplex.length - 2]!.value) {
      simplex[simplex.length - 1] = reflected;
    } else {
      const contracted = await evaluate(combine(centroid, worst.x, 0.5));
      if (contracted.value < worst.value) simplex[simplex.length - 1] = contracted;
      else for (let k = 1; k < simplex.length; k++) simplex[k] = await evaluate(combine(best.x, simplex[k]!.x, 0.5));
    }
  }
  simplex.sort((a, b) => a.value - b.value);
  return { x: simplex[0]!.x, value: simplex[0]!.value, evaluations };
}
