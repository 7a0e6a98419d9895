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
export function replicationTable(config: ModelConfig, runs: readonly ReplicationMetrics[]): MetricSeries[] {
  const names = metricNames(config);
  const out: MetricSeries[] = [];
  const firstYear = config.scenario.run.warmupYears;
  for (const scope of scopesOf(config)) {
    for (let y = firstYear; y < config.years; y++) {
      const perRun = runs.map((m) => measure(config, sumScopeYear(config, m, scope, y), m.weeksPerYear[y]!));
      for (const metric of names) {
        out.push({ scope, year: config.startYear + y, metric, values: Float64Array.from(perRun, (v) => v.get(metric)!) });
      }
    }
  }
  return out;
}

/** Scope-year sums for every replication, for the tables that need more than one number. */
export function scopeYears(config: ModelConfig, runs: readonly ReplicationMetrics[], scope: Scope, year: number): ScopeYear[] {
  return runs.map((m) => sumScopeYear(config, m, scope, year));
}

export const seriesKey = (scope: Scope | { scope: string; id: string }, year: number, metric: string): string =>
  `${scope.scope}|${'id' in scope ? scope.id : ''}|${year}|${metric}`;
