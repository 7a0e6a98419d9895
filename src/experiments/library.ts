import { cpus } from 'node:os';
import type { ReplicationMetrics } from '../model/metrics.js';
import type { ModelConfig } from '../model/model-config.js';
import { writeReport } from '../report/index.js';
import { OutputFolder } from '../results/output-folder.js';
import { replicationTable, ScopeYearSums, type MetricSeries } from '../results/replication-table.js';
import { staffingNeedRows, staffTimeRows, summaryRows, waitDistributionRows, waitingListRows, type Row } from '../results/tables.js';
import { writeRunResults } from '../results/write-run-results.js';
import type { Assumption } from '../scenario/data/assumption-builder.js';
import { loadScenario, type LoadedScenario } from '../scenario/load-scenario.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { comparisonRows, type ComparedScenario } from './comparison.js';
import { ReplicationPool } from './replication-pool.js';
import { runScenario as runReplications } from './run-scenario.js';

/** One row of a result table, keyed by the CSV's column names; numbers as numbers, an empty cell as null. */
export type ResultRow = Readonly<Record<string, string | number | null>>;

export interface RunOptions {
  /** `path=value` changes, as `--set` on the command line (only when the scenario is given as a file path). */
  readonly overrides?: readonly string[];
  /** Replications (default: the scenario's run.replications). */
  readonly replications?: number;
  /** Master seed (default: the scenario's run.seed). */
  readonly seed?: number;
  /** Worker threads (default: all cores, at most 4); results are identical for any number. */
  readonly workers?: number;
  /** Also write the files `cgs-sim run` writes (CSVs, run.json, report.html) to this folder. Nothing is written otherwise. */
  readonly outDir?: string;
  /** Replace `outDir` if it already holds results. */
  readonly force?: boolean;
  /** Called as replications finish. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A run's results as plain objects: the rows of the CSV files `cgs-sim run` writes. */
export interface RunResults {
  readonly name: string;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly replications: number;
  readonly summary: readonly ResultRow[];
  readonly waitingList: readonly ResultRow[];
  readonly staffTime: readonly ResultRow[];
  readonly staffingNeed: readonly ResultRow[];
  readonly waitDistribution: readonly ResultRow[];
  readonly assumptions: readonly Assumption[];
  /** The folder written, when `outDir` was given. */
  readonly outDir?: string;
}

export interface ComparisonResults {
  /** Each scenario's own results, first scenario first. */
  readonly runs: readonly RunResults[];
  /** comparison.csv: every metric of every scenario with its paired difference from the first. */
  readonly comparison: readonly ResultRow[];
}

const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

function toResultRows(rows: readonly Row[]): ResultRow[] {
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === '' ? null : NUMBER.test(v) ? Number(v) : v])));
}

async function resolveScenario(scenario: string | LoadedScenario, overrides: readonly string[] = []): Promise<LoadedScenario> {
  if (typeof scenario === 'string') return loadScenario(scenario, { overrides });
  if (overrides.length > 0) throw new TypeError('Expected `overrides` only with a scenario file path; pass them to loadScenario(file, { overrides }) instead');
  return scenario;
}

async function simulate(loaded: LoadedScenario, pool: ReplicationPool, options: RunOptions, seed: number): Promise<RunResults> {
  const started = performance.now();
  const replications = options.replications ?? loaded.scenario.run.replications;
  const { config, runs } = await runReplications(loaded.scenario, loaded.hash, pool, { replications, precision: 0.05, maxReplications: replications, seed }, options.onProgress);
  const { results } = tables(loaded, config, runs, seed);
  if (options.outDir === undefined) return results;
  const folder = OutputFolder.open(options.outDir, options.force ?? false);
  try {
    await writeRunResults(folder, loaded, config, runs, { seed, replications, workers: pool.size, wallTimeSeconds: (performance.now() - started) / 1000, command: 'cgs-sim library runScenario' });
    await writeReport(folder.temp, { kind: 'run' });
    folder.commit();
  } catch (error) {
    folder.abandon();
    throw error;
  }
  return { ...results, outDir: folder.target };
}

function tables(loaded: LoadedScenario, config: ModelConfig, runs: readonly ReplicationMetrics[], seed: number): { results: RunResults; table: MetricSeries[] } {
  const sums = new ScopeYearSums(config, runs);
  const table = replicationTable(config, runs, sums);
  const results: RunResults = {
    name: loaded.scenario.name, scenario: loaded.scenario, seed, replications: runs.length,
    summary: toResultRows(summaryRows(table)), waitingList: toResultRows(waitingListRows(config, runs)),
    staffTime: toResultRows(staffTimeRows(config, sums)), staffingNeed: toResultRows(staffingNeedRows(config, table)),
    waitDistribution: toResultRows(waitDistributionRows(config, sums)), assumptions: loaded.assumptions,
  };
  return { results, table };
}

const defaultWorkers = () => Math.max(1, Math.min(4, cpus().length));

/**
 * Simulates a scenario (a file path, or one from `loadScenario`) and returns its results as the
 * rows of the CSVs `cgs-sim run` writes. Same scenario, seed and replications give the same numbers
 * as the command line, whatever the number of workers.
 */
export async function runScenario(scenario: string | LoadedScenario, options: RunOptions = {}): Promise<RunResults> {
  const loaded = await resolveScenario(scenario, options.overrides);
  const pool = new ReplicationPool(options.workers ?? defaultWorkers());
  try {
    return await simulate(loaded, pool, options, options.seed ?? loaded.scenario.run.seed);
  } finally {
    await pool.close();
  }
}

/**
 * Simulates scenarios with common random numbers (the first one's seed and replications for all)
 * and returns each one's results and the paired differences from the first, as `cgs-sim compare`.
 */
export async function compareScenarios(scenarios: readonly (string | LoadedScenario)[], options: Omit<RunOptions, 'outDir' | 'force'> = {}): Promise<ComparisonResults> {
  if (scenarios.length < 2) throw new RangeError(`Expected at least two scenarios to compare, got \`${scenarios.length}\``);
  const loaded = await Promise.all(scenarios.map((s) => resolveScenario(s, options.overrides)));
  const seed = options.seed ?? loaded[0]!.scenario.run.seed;
  const replications = options.replications ?? loaded[0]!.scenario.run.replications;
  const pool = new ReplicationPool(options.workers ?? defaultWorkers());
  try {
    const compared: ComparedScenario[] = [];
    const runs: RunResults[] = [];
    const seen = new Map<string, number>();
    for (const l of loaded) {
      const { config, runs: metrics } = await runReplications(l.scenario, l.hash, pool, { replications, precision: 0.05, maxReplications: replications, seed }, options.onProgress);
      const { results, table } = tables(l, config, metrics, seed);
      // Two scenarios with one name are told apart as compare does: name, name-2, ...
      const k = (seen.get(l.scenario.name) ?? 0) + 1;
      seen.set(l.scenario.name, k);
      runs.push({ ...results, name: k === 1 ? results.name : `${results.name}-${k}` });
      compared.push({ name: runs[runs.length - 1]!.name, table });
    }
    return { runs, comparison: toResultRows(comparisonRows(compared)) };
  } finally {
    await pool.close();
  }
}
