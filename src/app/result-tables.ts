import type { ReplicationMetrics } from '../model/metrics.js';
import type { ModelConfig } from '../model/model-config.js';
import {
  RESULT_FILES, STAFF_TIME_COLUMNS, STAFFING_NEED_COLUMNS, SUMMARY_COLUMNS, WAIT_DISTRIBUTION_COLUMNS, WAITING_LIST_COLUMNS,
} from '../results/columns.js';
import { replicationTable, ScopeYearSums, type MetricSeries } from '../results/replication-table.js';
import { staffingNeedRows, staffTimeRows, summaryRows, waitDistributionRows, waitingListRows, type Row } from '../results/tables.js';
import { csvText } from './csv-text.js';

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

/** What the page keeps of a run: the tables it draws (the fan chart needs only all priorities) and each CSV as text. */
export interface PageResults extends Omit<ResultTables, 'waitingList'> {
  /** waiting_list.csv rows for all priorities together. */
  readonly waitingList: readonly Row[];
  /** File name to CSV text, as `cgs-sim run` writes it. */
  readonly csv: Readonly<Record<string, string>>;
}

/** Shrinks the tables to what the page draws, with the CSV files as text (built where the tables are, off the page thread). */
export function pageResults(t: ResultTables): PageResults {
  return {
    ...t,
    waitingList: t.waitingList.filter((r) => r['priority'] === 'all'),
    csv: {
      [RESULT_FILES.summary]: csvText(t.summary, SUMMARY_COLUMNS),
      [RESULT_FILES.waitingList]: csvText(t.waitingList, WAITING_LIST_COLUMNS),
      [RESULT_FILES.staffTime]: csvText(t.staffTime, STAFF_TIME_COLUMNS),
      [RESULT_FILES.staffingNeed]: csvText(t.staffingNeed, STAFFING_NEED_COLUMNS),
      [RESULT_FILES.waitDistribution]: csvText(t.waitDistribution, WAIT_DISTRIBUTION_COLUMNS),
    },
  };
}
