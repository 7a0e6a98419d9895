import { identify, type Identification } from './identifiability.js';
import { nelderMead } from './nelder-mead.js';
import { sumOfSquares } from './objective.js';

/** A bounded parameter as the search sees it. */
export interface Bounded {
  readonly name: string;
  readonly initial: number;
  readonly low: number;
  readonly high: number;
}

/** The fitted value of one parameter, its approximate 95% interval and whether the data identify it. */
export interface Estimate {
  readonly name: string;
  readonly initial: number;
  readonly value: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly identified: boolean;
  readonly reason: string;
  /** The parameter it trades off with most, if strongly correlated. */
  readonly partner?: string;
}

export interface FitResult {
  readonly estimates: Estimate[];
  readonly objectiveBefore: number;
  readonly objectiveAfter: number;
  readonly evaluations: number;
}

export interface FitOptions {
  readonly maxEvaluations: number;
  /** Central-difference step for the Jacobian, in box units (share of each range). */
  readonly jacobianStep: number;
  /**
   * Standard deviation, in box units, of a weak pull toward each parameter's starting value
   * (a prior): where the data cannot see a parameter it stays where it was instead of drifting
   * to whatever value noise favours. Infinity: no pull. Identifiability ignores it.
   */
  readonly priorSdBox: number;
}

/** Standardised residuals for parameter values (in their own units). */
export type ResidualFunction = (values: readonly number[]) => Promise<number[]>;

const Z95 = 1.959964;

/**
 * Fits bounded parameters by Nelder–Mead on the sum of squared standardised residuals, each
 * parameter mapped to [0, 1] over its range, then judges identifiability from the Jacobian at
 * the fit. Every evaluation of `residualsAt` should use the same random numbers (common random
 * numbers), so differences between evaluations come from the parameters, not from noise.
 */
export async function fitParameters(parameters: readonly Bounded[], residualsAt: ResidualFunction, options: FitOptions): Promise<FitResult> {
  const toValues = (u: readonly number[]) => u.map((ui, i) => parameters[i]!.low + ui * (parameters[i]!.high - parameters[i]!.low));
  const start = parameters.map((p) => (p.initial - p.low) / (p.high - p.low));
  let evaluations = 0;
  const residualsBox = async (u: readonly number[]) => {
    evaluations++;
    return residualsAt(toValues(u));
  };
  const objectiveBefore = sumOfSquares(await residualsBox(start));
  const prior = (u: readonly number[]) => (Number.isFinite(options.priorSdBox) ? sumOfSquares(u.map((ui, i) => (ui - start[i]!) / options.priorSdBox)) : 0);
  const search = await nelderMead(async (u) => sumOfSquares(await residualsBox(u)) + prior(u), start, {
    maxEvaluations: options.maxEvaluations, tolerance: 1e-3, step: 0.15,
  });
  const jacobian = await jacobianAt(residualsBox, search.x, options.jacobianStep);
  const identification = identify(jacobian, parameters.length);
  const best = toValues(search.x);
  return {
    estimates: parameters.map((p, i) => estimate(p, best[i]!, identification[i]!, parameters)),
    objectiveBefore,
    objectiveAfter: search.value - prior(search.x),
    evaluations,
  };
}

function estimate(p: Bounded, value: number, id: Identification, all: readonly Bounded[]): Estimate {
  const half = Z95 * id.seBox * (p.high - p.low);
  return {
    name: p.name, initial: p.initial, value,
    ciLow: Number.isFinite(half) ? Math.max(p.low, value - half) : p.low,
    ciHigh: Number.isFinite(half) ? Math.min(p.high, value + half) : p.high,
    identified: id.identified,
    reason: id.reason,
    partner: id.partner === undefined ? undefined : all[id.partner.index]!.name,
  };
}

/** `J[k][i]`: change of residual k per box unit of parameter i, by central differences (one-sided at a bound). */
async function jacobianAt(f: (u: readonly number[]) => Promise<number[]>, u: readonly number[], h: number): Promise<number[][]> {
  const base = await f(u);
  const columns: number[][] = [];
  for (let i = 0; i < u.length; i++) {
    const up = [...u];
    const down = [...u];
    up[i] = Math.min(1, u[i]! + h);
    down[i] = Math.max(0, u[i]! - h);
    const [rUp, rDown] = [await f(up), await f(down)];
    const width = up[i]! - down[i]!;
    columns.push(base.map((_, k) => (rUp[k]! - rDown[k]!) / width));
  }
  return base.map((_, k) => columns.map((col) => col[k]!));
}
