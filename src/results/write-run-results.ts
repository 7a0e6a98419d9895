import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { ReplicationMetrics } from '../model/metrics.js';
import type { ModelConfig } from '../model/model-config.js';
import { packageRoot } from '../package-paths.js';
import type { LoadedScenario } from '../scenario/load-scenario.js';
import {
  ASSUMPTIONS_COLUMNS, RESULT_FILES, STAFF_TIME_COLUMNS, STAFFING_NEED_COLUMNS, SUMMARY_COLUMNS, UNCERTAINTY_DRIVERS_COLUMNS, WAIT_DISTRIBUTION_COLUMNS,
  WAITING_LIST_COLUMNS,
} from './columns.js';
import { drawInputs, drawnInputNames } from '../scenario/uncertainty/draw-inputs.js';
import { uncertaintyDriverRows } from './uncertainty-drivers.js';
import { writeCsv } from './csv-writer.js';
import { replicationTable, ScopeYearSums, type MetricSeries } from './replication-table.js';
import { staffingNeedRows, staffTimeRows, summaryRows, waitDistributionRows, waitingListRows } from './tables.js';

export interface RunMeta {
  readonly seed: number;
  readonly replications: number;
  readonly workers: number;
  readonly wallTimeSeconds: number;
  readonly command: string;
  /** Machine that ran it (default: this one). */
  readonly host?: string;
  /** For results merged from shards: each shard's own command, host, workers and wall time. */
  readonly shards?: readonly unknown[];
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Writes the files of a run into the (temporary) output folder. Every CSV is a pure function
 * of the scenario and the replications' metrics; only run.json records wall time and workers.
 */
/** Where result files go: a folder's temporary path, or a subfolder of it. */
export interface ResultSink {
  path(name: string): string;
}

/**
 * `written` hears of each CSV and its rows once the file is complete, e.g. to draw its charts
 * while the others are built; the waiting list goes first, its charts being the most work.
 */
export async function writeRunResults(folder: ResultSink, loaded: LoadedScenario, config: ModelConfig, runs: readonly ReplicationMetrics[], meta: RunMeta,
  written: (file: string, rows: readonly Record<string, string>[]) => void = () => {}): Promise<MetricSeries[]> {
  const csv = async (file: string, rows: readonly Record<string, string>[], columns: readonly string[]) => {
    await writeCsv(folder.path(file), rows, columns);
    written(file, rows);
  };
  const sums = new ScopeYearSums(config, runs);
  await csv(RESULT_FILES.waitingList, waitingListRows(config, runs, sums), WAITING_LIST_COLUMNS);
  const table = replicationTable(config, runs, sums);
  await csv(RESULT_FILES.summary, summaryRows(table), SUMMARY_COLUMNS);
  await csv(RESULT_FILES.staffTime, staffTimeRows(config, sums), STAFF_TIME_COLUMNS);
  await csv(RESULT_FILES.staffingNeed, staffingNeedRows(config, table), STAFFING_NEED_COLUMNS);
  await csv(RESULT_FILES.waitDistribution, waitDistributionRows(config, sums), WAIT_DISTRIBUTION_COLUMNS);
  const names = drawnInputNames(loaded.scenario);
  if (names.length > 0) {
    // The draws are a function of (scenario, seed, replication): recomputed here, not carried back from the workers.
    const draws = runs.map((_, i) => drawInputs(loaded.scenario, meta.seed, i));
    await csv(RESULT_FILES.uncertaintyDrivers, uncertaintyDriverRows(table, { names, draws }), UNCERTAINTY_DRIVERS_COLUMNS);
  }
  await csv(RESULT_FILES.assumptions, loaded.assumptions.map((a) => ({ path: a.path, value: a.value, unit: a.unit, source: a.source })), ASSUMPTIONS_COLUMNS);
  writeFileSync(folder.path('scenario.resolved.yaml'), loaded.resolvedYaml);
  const s = loaded.scenario;
  const runJson = {
    name: s.name,
    description: s.description,
    version: packageVersion(),
    command: meta.command,
    seed: meta.seed,
    replications: meta.replications,
    workers: meta.workers,
    years: [s.run.startYear, s.run.startYear + s.run.years - 1],
    startYear: s.run.startYear,
    warmupYears: s.run.warmupYears,
    startState: s.run.startFromWaitingList ? 'starting waiting list (startWaitingList)' : 'empty with warm-up',
    uncertainty: s.run.uncertainty,
    uncertainInputsDrawn: names.length,
    wallTimeSeconds: meta.wallTimeSeconds,
    eventsPerReplication: runs.map((m) => m.events),
    scenarioHash: loaded.hash,
    scenarioFiles: loaded.chain,
    createdBy: `cgs-sim ${packageVersion()} on Node ${process.version}`,
    host: meta.host ?? hostname(),
    ...(meta.shards ? { shards: meta.shards } : {}),
  };
  writeFileSync(folder.path('run.json'), `${JSON.stringify(runJson, null, 2)}\n`);
  return table;
}
