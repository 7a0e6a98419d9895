import type { ReplicationMetrics } from '../model/metrics.js';
import type { ModelConfig } from '../model/model-config.js';
import { measure, metricNames, sumScopeYear, type ScopeYear } from './measures.js';
import { scopesOf, type Scope } from './scopes.js';

/** One metric's value in every replication, for one scope and year. */
export interface MetricSeries {
  readonly scope: Scope;
  readonly year: number;
  readonly metric: string;
  readonly values: Float64Array;
}

/**
 * Per-replication values of every metric by scope and year (warm-up years left out): the
 * table every summary, comparison and search reads. Order is fixed (scope, year, metric), so
 * outputs are byte-identical however the replications were run.
 */
export function replicationTable(config: ModelConfig, runs: readonly ReplicationMetrics[], sums = new ScopeYearSums(config, runs)): MetricSeries[] {
  const names = metricNames(config);
  const out: MetricSeries[] = [];
  for (const [i, scope] of sums.scopes.entries()) {
    for (let y = sums.firstYear; y < config.years; y++) {
      const perRun = sums.get(i, y).map((s, r) => measure(config, s, runs[r]!.weeksPerYear[y]!));
      for (const metric of names) {
        out.push({ scope, year: config.startYear + y, metric, values: Float64Array.from(perRun, (v) => v.get(metric)!) });
      }
    }
  }
  return out;
}

/**
 * Each replication's sums over every scope's CGSs, for every reported year, computed once and
 * shared by the summary, staff-time and wait-distribution tables.
 */
export class ScopeYearSums {
  readonly scopes: Scope[];
  readonly firstYear: number;
  private readonly sums: ScopeYear[][];

  constructor(config: ModelConfig, runs: readonly ReplicationMetrics[]) {
    this.scopes = scopesOf(config);
    this.firstYear = config.scenario.run.warmupYears;
    this.sums = this.scopes.flatMap((scope) => Array.from({ length: config.years }, (_, y) =>
      y < this.firstYear ? [] : runs.map((m) => sumScopeYear(config, m, scope, y))));
  }

  /** Sums for scope `scopeIndex` (in `scopes` order) and year index `year`, one per replication. */
  get(scopeIndex: number, year: number): ScopeYear[] {
    return this.sums[scopeIndex * (this.sums.length / this.scopes.length) + year]!;
  }
}
