import { meanInterval } from '../../results/mean-interval.js';
import type { ReplicationMetrics } from '../../model/metrics.js';
import { compileModel, type ModelConfig } from '../../model/model-config.js';
import { measure, sumScopeYear, type ScopeYear } from '../../results/measures.js';
import { scopesOf, type Scope } from '../../results/scopes.js';
import type { Scenario } from '../../scenario/schema/scenario.js';
import type { ReplicationPool } from '../replication-pool.js';
import type { SolveUnit } from './units.js';

/** One candidate's results for a unit and year: each metric's interval, and the raw sums behind them. */
export interface Evaluation {
  readonly config: ModelConfig;
  readonly runs: ReplicationMetrics[];
  readonly intervals: Map<string, { mean: number; low: number; high: number }>;
  readonly sums: ScopeYear[];
}

export function unitScope(config: ModelConfig, unit: SolveUnit): Scope {
  const scopes = scopesOf(config);
  return unit.scope === 'national' ? scopes.find((s) => s.scope === 'national')! : scopes.find((s) => s.scope === unit.scope && s.id === unit.id)!;
}

/**
 * Runs a candidate once over the whole horizon and measures every year asked from the same
 * replications: one simulation answers all target years (same seeds for every candidate).
 */
export async function evaluateYears(scenario: Scenario, hash: string, unit: SolveUnit, yearIndices: readonly number[], pool: ReplicationPool, seed: number, replications: number): Promise<Map<number, Evaluation>> {
  const config = compileModel(scenario);
  const runs = await pool.run(Array.from({ length: replications }, (_, i) => ({ scenario, hash, seed, replication: i })));
  const scope = unitScope(config, unit);
  const out = new Map<number, Evaluation>();
  for (const y of yearIndices) {
    const sums = runs.map((m) => sumScopeYear(config, m, scope, y));
    const measured = runs.map((m, i) => measure(config, sums[i]!, m.weeksPerYear[y]!));
    const intervals = new Map<string, { mean: number; low: number; high: number }>();
    for (const metric of measured[0]!.keys()) intervals.set(metric, meanInterval(measured.map((v) => v.get(metric)!)));
    out.set(y, { config, runs, intervals, sums });
  }
  return out;
}
