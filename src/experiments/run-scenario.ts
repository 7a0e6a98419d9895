import { relativeHalfWidth, studentTInterval } from '../engine/stats/confidence.js';
import type { ReplicationMetrics } from '../model/metrics.js';
import { compileModel, type ModelConfig } from '../model/model-config.js';
import { measure, sumScopeYear } from '../results/measures.js';
import { scopesOf } from '../results/scopes.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import type { ReplicationPool } from './replication-pool.js';

/** National metrics whose precision `--replications auto` controls, in the final year. */
export const HEADLINE_METRICS = ['first_appointments', 'waiting_list_end', 'pct_within_18_weeks', 'mean_wait_weeks'] as const;

export interface ReplicationPlan {
  /** A fixed number, or 'auto' to add replications until the headline metrics are precise enough. */
  readonly replications: number | 'auto';
  /** Relative 95% half-width wanted with 'auto' (0.05 = ±5% of the mean). */
  readonly precision: number;
  readonly maxReplications: number;
  readonly seed: number;
}

export interface ScenarioRuns {
  readonly config: ModelConfig;
  readonly runs: ReplicationMetrics[];
  /** With 'auto': the worst relative half-width reached and whether it met the target. */
  readonly precisionReached: number;
}

/**
 * Runs a scenario's replications on the pool. With 'auto', runs batches (first 10, then 10 at a
 * time) until every headline metric's relative half-width is within `precision` (metrics whose
 * mean is zero are skipped, having no relative precision), or `maxReplications` is reached.
 */
export async function runScenario(scenario: Scenario, hash: string, pool: ReplicationPool, plan: ReplicationPlan,
  onProgress?: (done: number, total: number) => void): Promise<ScenarioRuns> {
  performance.mark(REPLICATIONS_STARTED);
  try {
    return await runScenarioReplications(scenario, hash, pool, plan, onProgress);
  } finally {
    // What follows the last replication (tables, CSV, charts) is the serial tail the benchmark reports.
    performance.mark(REPLICATIONS_DONE);
  }
}

/** Performance-timeline marks around a scenario's replications (read by `npm run bench -- national-30`). */
export const REPLICATIONS_STARTED = 'cgs-sim:replications-started';
export const REPLICATIONS_DONE = 'cgs-sim:replications-done';

async function runScenarioReplications(scenario: Scenario, hash: string, pool: ReplicationPool, plan: ReplicationPlan,
  onProgress?: (done: number, total: number) => void): Promise<ScenarioRuns> {
  const config = compileModel(scenario);
  const job = (replication: number) => ({ scenario, hash, seed: plan.seed, replication, digest: true });
  if (plan.replications !== 'auto') {
    const runs = await pool.run(Array.from({ length: plan.replications }, (_, i) => job(i)), onProgress);
    return { config, runs, precisionReached: worstPrecision(config, runs) };
  }
  const runs: ReplicationMetrics[] = [];
  let worst = Infinity;
  while (runs.length < plan.maxReplications) {
    const batch = Math.min(10, plan.maxReplications - runs.length);
    const start = runs.length;
    runs.push(...(await pool.run(Array.from({ length: batch }, (_, i) => job(start + i)), (d) => onProgress?.(start + d, Math.max(start + batch, 10)))));
    worst = worstPrecision(config, runs);
    if (worst <= plan.precision) break;
  }
  return { config, runs, precisionReached: worst };
}

function worstPrecision(config: ModelConfig, runs: readonly ReplicationMetrics[]): number {
  if (runs.length < 2) return Infinity;
  // Only the national scope in the final year is needed, not the whole results table.
  const y = config.years - 1;
  const national = scopesOf(config).find((s) => s.scope === 'national')!;
  const measured = runs.map((m) => measure(config, sumScopeYear(config, m, national, y), m.weeksPerYear[y]!));
  let worst = 0;
  for (const metric of HEADLINE_METRICS) {
    const finite = measured.map((v) => v.get(metric)!).filter(Number.isFinite);
    if (finite.length < 2) continue;
    const ci = studentTInterval(finite);
    if (ci.mean === 0) continue;
    worst = Math.max(worst, relativeHalfWidth(ci));
  }
  return worst;
}
