import type { ReplicationMetrics } from '../model/metrics.js';
import type { ModelConfig } from '../model/model-config.js';
import { replicationTable, ScopeYearSums, type MetricSeries } from '../results/replication-table.js';
import { staffingNeedRows, staffTimeRows, summaryRows, waitDistributionRows, waitingListRows, type Row } from '../results/tables.js';

/** The rows of every CSV `cgs-sim run` writes from replications, and the per-replication table behind them. */
export interface ResultTables {
  readonly table: readonly MetricSeries[];
  readonly summary: readonly Row[];
  readonly waitingList: readonly Row[];
  readonly staffTime: readonly Row[];
  readonly staffingNeed: readonly Row[];
  readonly waitDistribution: readonly Row[];
}

/** The same functions as `writeRunResults`, so the page's files equal the command line's. */
export function resultTables(config: ModelConfig, runs: readonly ReplicationMetrics[]): ResultTables {
  const sums = new ScopeYearSums(config, runs);
  const table = replicationTable(config, runs, sums);
  return {
    table,
    summary: summaryRows(table),
    waitingList: waitingListRows(config, runs),
    staffTime: staffTimeRows(config, sums),
    staffingNeed: staffingNeedRows(config, table),
    waitDistribution: waitDistributionRows(config, sums),
  };
}
