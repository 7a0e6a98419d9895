import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { studentTInterval, type ConfidenceInterval } from '../../src/engine/stats/confidence.js';
import { C, COUNTERS, type ReplicationMetrics } from '../../src/model/metrics.js';
import { compileModel, type ModelConfig } from '../../src/model/model-config.js';
import { runReplication } from '../../src/model/replication.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'scenarios');
export const fixture = (name: string): string => join(FIXTURES, `${name}.yaml`);

export interface ModelRun {
  readonly config: ModelConfig;
  readonly runs: readonly ReplicationMetrics[];
}

/** Loads a fixture with `--set`-style overrides and runs its replications in this process. */
export async function runFixture(name: string, overrides: readonly string[] = [], replications?: number): Promise<ModelRun> {
  const { scenario } = await loadScenario(fixture(name), { overrides });
  const config = compileModel(scenario);
  const n = replications ?? scenario.run.replications;
  const runs = Array.from({ length: n }, (_, r) => runReplication(config, scenario.run.seed, r));
  return { config, runs };
}

export type CounterName = (typeof COUNTERS)[number];

/** One counter for a year index and CGS index. */
export const counter = (m: ReplicationMetrics, year: number, cgs: number, name: CounterName): number =>
  m.counters[m.counterIndex(year, cgs, C[name])]!;

/** A counter summed over CGSs (all when `cgsList` is absent) and years (all when `years` is absent). */
export function total(m: ReplicationMetrics, name: CounterName, cgsList?: readonly number[], years?: readonly number[]): number {
  let sum = 0;
  const cs = cgsList ?? Array.from({ length: m.nCgs }, (_, c) => c);
  const ys = years ?? Array.from({ length: m.years }, (_, y) => y);
  for (const y of ys) for (const c of cs) sum += counter(m, y, c, name);
  return sum;
}

/** Patients on the start waiting list of one CGS (by index), as the scenario gives them. */
export function startListSize(config: ModelConfig, cgs: number): number {
  if (!config.scenario.run.startFromWaitingList) return 0;
  return config.scenario.startWaitingList.filter((row) => row.cgsId === config.cgsIds[cgs]).reduce((a, row) => a + row.count, 0);
}

/** `--set` overrides multiplying every indication's referral rate by `factor`. */
export function scaleRates(config: ModelConfig, factor: number): string[] {
  return config.indications.map((ind) => `demand.indications.${ind.id}.ratePer100kPerYear=${ind.ratePer100kPerYear * factor}`);
}

/** 95% (or `level`) Student-t interval over replications of a per-replication value. */
export function ci(runs: readonly ReplicationMetrics[], value: (m: ReplicationMetrics, r: number) => number, level = 0.95): ConfidenceInterval {
  return studentTInterval(runs.map(value), level);
}

/** Least-squares slope of y on x. */
export function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0;
  for (let i = 0; i < n; i++) { sxy += (xs[i]! - mx) * (ys[i]! - my); sxx += (xs[i]! - mx) ** 2; }
  return sxy / sxx;
}

/**
 * Mean days from referral until a patient of `priority` can first be booked, with spare
 * capacity: triage, family-history preparation for the share who need it, and the booking
 * horizon (not for urgent patients). A snapshot before a booking round then holds the last
 * 7 days of referrals plus this many (Poisson arrivals: E[list] = λ × (7 + delay)).
 */
export function bookableDelayDays(config: ModelConfig, priority: number): number {
  const pw = config.scenario.pathway;
  const lead = priority === 0 ? 0 : pw.bookingLeadWeeks * 7;
  return pw.triageDays + pw.familyHistoryShare * pw.familyHistoryWeeks * 7 + lead;
}
