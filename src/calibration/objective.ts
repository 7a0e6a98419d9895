import type { Observation } from '../scenario/observed.js';
import type { Simulated } from './simulated.js';

/**
 * Standard deviation given to an observation with no interval of its own, as a share of its
 * value by confidence: an official figure (H) within about 10%, a secondary one (M) 20%, a
 * loose mapping (L) 35%. Illustrative assumption: wide enough that a loose anchor cannot dominate.
 */
export const RELATIVE_SD_BY_CONFIDENCE = { H: 0.1, M: 0.2, L: 0.35 } as const;

/** 95% interval half-width in standard deviations. */
const Z95 = 1.959964;

/** The observation's own standard deviation: from low/high as a 95% interval, else by confidence. */
export function observationSd(o: Observation): number {
  if (o.low !== undefined && o.high !== undefined && o.high > o.low) return (o.high - o.low) / (2 * Z95);
  return Math.max(Math.abs(o.value) * RELATIVE_SD_BY_CONFIDENCE[o.confidence], 1e-9);
}

/**
 * Standardised residuals of the observations used in fitting (weight > 0, compared with a
 * simulated value): (simulated mean − observed) / sd × √weight, where sd combines the
 * observation's uncertainty and the simulation's standard error of its mean. The fit minimises
 * their sum of squares (a weighted least squares that trusts precise figures more).
 */
export function residuals(observations: readonly Observation[], simulated: readonly (Simulated | undefined)[]): number[] {
  const out: number[] = [];
  observations.forEach((o, k) => {
    const sim = simulated[k];
    if (o.weight <= 0 || sim === undefined || !Number.isFinite(sim.interval.mean)) return;
    const simSe = sim.interval.n > 1 ? (sim.interval.high - sim.interval.mean) / Z95 : 0;
    const sd = Math.sqrt(observationSd(o) ** 2 + simSe ** 2);
    out.push(((sim.interval.mean - o.value) / sd) * Math.sqrt(o.weight));
  });
  return out;
}

export const sumOfSquares = (r: readonly number[]): number => r.reduce((s, x) => s + x * x, 0);
