import { expect } from 'vitest';
import { studentTInterval, type ConfidenceInterval } from '../../../src/engine/stats/confidence.js';

/**
 * Base seed of the validation models. Each model adds its own offset so that no two models
 * share random numbers: with shared streams an unlucky draw would push every check the same
 * way, and the checks would not fail independently at the nominal 5%.
 */
export const SEED = 20240601;

/** Runs `replications` independent replications and collects each named metric into an array. */
export function replicate<K extends string>(replications: number, run: (replication: number) => Record<K, number>): Record<K, number[]> {
  const out = {} as Record<K, number[]>;
  for (let r = 0; r < replications; r++) {
    const result = run(r);
    for (const key of Object.keys(result) as K[]) (out[key] ??= []).push(result[key]);
  }
  return out;
}

/**
 * The analytic value must lie inside the 95% Student-t interval across replications, and the
 * interval must be narrower than `maxRelativeHalfWidth` of the analytic value, so a uselessly
 * wide interval (too few or too short replications) cannot pass.
 */
export function expectCovers(label: string, values: readonly number[], analytic: number, maxRelativeHalfWidth: number): ConfidenceInterval {
  const ci = studentTInterval(values, 0.95);
  const where = `${label}: analytic ${analytic.toPrecision(6)}, 95% CI ${ci.mean.toPrecision(6)} ± ${ci.halfWidth.toPrecision(3)} (n=${ci.n})`;
  expect(ci.low <= analytic && analytic <= ci.high, where).toBe(true);
  expect(ci.halfWidth / Math.abs(analytic), `${where}: relative half-width above ${maxRelativeHalfWidth}`).toBeLessThan(maxRelativeHalfWidth);
  return ci;
}

/**
 * Little's law L = λW on each replication's own measurements (time-average number in system,
 * observed entry rate, mean time in system). It holds on every sample path up to the
 * customers straddling the window's ends, so the tolerance is tight.
 */
export function expectLittle(label: string, L: readonly number[], lambda: readonly number[], W: readonly number[], tolerance = 0.02): void {
  for (let i = 0; i < L.length; i++) {
    const predicted = lambda[i]! * W[i]!;
    const relative = Math.abs(L[i]! - predicted) / L[i]!;
    expect(relative, `${label} replication ${i}: L=${L[i]} vs λW=${predicted}`).toBeLessThan(tolerance);
  }
}

/** Sample variance (n − 1) of a list, for dispersion checks on counts. */
export function sampleVariance(values: readonly number[]): number {
  const mean = values.reduce((a, v) => a + v, 0) / values.length;
  return values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1);
}
