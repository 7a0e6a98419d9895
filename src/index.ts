/**
 * What other programs and notebooks may import from cgs-sim. Everything else is internal.
 *
 * ```ts
 * import { loadScenario, runScenario, compareScenarios, projectSupply } from 'cgs-sim';
 * const results = await runScenario('scenarios/network-east.yaml', { replications: 4 });
 * ```
 */

// Simulating scenarios.

/**
 * `runScenario(scenario, options?)`: simulates a scenario (a file path, or the result of
 * `loadScenario`) and resolves to its results as the rows of the CSVs `cgs-sim run` writes
 * (`summary`, `waitingList`, `staffTime`, `staffingNeed`, `waitDistribution`, `assumptions`).
 * Options: `overrides` (as `--set`), `replications`, `seed`, `workers`, `onProgress`, and
 * `outDir`/`force` to also write the run's files. Nothing is written unless `outDir` is given.
 *
 * `compareScenarios(scenarios, options?)`: simulates two or more scenarios with common random
 * numbers and resolves to each one's results and `comparison` (the rows of comparison.csv:
 * paired differences from the first scenario with 95% intervals).
 */
export {
  runScenario, compareScenarios,
  type RunOptions, type RunResults, type ComparisonResults, type ResultRow,
} from './experiments/library.js';

// Scenarios.

/**
 * `loadScenario(file, { overrides?, dataDir? })`: reads a scenario file and its `extends:` chain,
 * layers it on the default data, applies `path=value` overrides and validates it. Throws a
 * `ScenarioError` naming the file, field path, value and what was expected.
 */
export { loadScenario, type LoadedScenario, type LoadOptions } from './scenario/load-scenario.js';
/** The error `loadScenario` throws for an invalid scenario; `issues` lists each problem. */
export { ScenarioError, formatIssue, type ScenarioIssue } from './scenario/errors.js';
/** The zod schema of a resolved scenario, and its TypeScript types (`Scenario` after validation). */
export { scenarioSchema, type Scenario, type ScenarioInput } from './scenario/schema/scenario.js';

// Workforce supply.

/**
 * `projectSupply(params, options)`: the training pipeline (trainees, qualified headcount and FTE
 * by year) for supply parameters; the rest of the supply model is under `supply`.
 */
export { projectSupply } from './supply/project-supply.js';
export * as supply from './supply/index.js';

// Lower level: the kernel, one replication, and the tables behind the CSV files.

/** The discrete-event kernel: calendar, resources, arrivals, random streams, statistics. */
export * as engine from './engine/index.js';
/** `compileModel(scenario)`: the model's working form of a validated scenario. */
export { compileModel, type ModelConfig } from './model/model-config.js';
/** `runReplication(config, seed, replication)`: one replication's metrics, the same on any thread. */
export { runReplication } from './model/replication.js';
export { ReplicationMetrics, COUNTERS } from './model/metrics.js';
/** Runs replications on worker threads; `close()` it when done. */
export { ReplicationPool, type ReplicationJob } from './experiments/replication-pool.js';
/** comparison.csv rows from per-replication tables (paired differences from the first). */
export { comparisonRows } from './experiments/comparison.js';
/** Per-replication values of every metric by scope and year, and the metric names. */
export { replicationTable, type MetricSeries } from './results/replication-table.js';
export { metricNames } from './results/measures.js';
/** `writeReport(dir)`: report.html and charts for a folder of result files. */
export { writeReport } from './report/index.js';
