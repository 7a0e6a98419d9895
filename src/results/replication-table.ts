import type { ReplicationMetrics } from '../model/metrics.js';
import type { ModelConfig } from '../model/model-config.js';
import { digestLayout, digestOf, type DigestLayout, type ReplicationDigest } from './replication-digest.js';
import type { Scope } from './scopes.js';

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
  const { layout: L, digests } = sums;
  const M = L.names.length;
  const out: MetricSeries[] = [];
  for (const [i, scope] of L.scopes.entries()) {
    for (let y = L.firstYear; y < config.years; y++) {
      const at = L.scopeYear(i, y) * M;
      L.names.forEach((metric, k) => {
        out.push({ scope, year: config.startYear + y, metric, values: Float64Array.from(digests, (d) => d.metrics[at + k]!) });
      });
    }
  }
  return out;
}

/**
 * Each replication's sums over every scope's CGSs for every reported year, reduced to what
 * the tables read (its digest, made by the worker that ran it when there was one), shared by
 * the summary, waiting-list, staff-time and wait-distribution tables.
 */
export class ScopeYearSums {
  readonly layout: DigestLayout;
  readonly digests: readonly ReplicationDigest[];

  constructor(config: ModelConfig, runs: readonly ReplicationMetrics[]) {
    this.layout = digestLayout(config);
    this.digests = runs.map((m) => digestOf(config, m));
  }

  get scopes(): Scope[] {
    return this.layout.scopes;
  }

  get firstYear(): number {
    return this.layout.firstYear;
  }
}
