/**
 * What other programs and notebooks may import from cgs-sim. Everything else is internal.
 */
export * as engine from './engine/index.js';
export { loadScenario, type LoadedScenario, type LoadOptions } from './scenario/load-scenario.js';
export { ScenarioError, formatIssue, type ScenarioIssue } from './scenario/errors.js';
export { scenarioSchema, type Scenario, type ScenarioInput } from './scenario/schema/scenario.js';
export { compileModel, type ModelConfig } from './model/model-config.js';
export { runReplication } from './model/replication.js';
export { ReplicationMetrics, COUNTERS } from './model/metrics.js';
export { ReplicationPool, type ReplicationJob } from './experiments/replication-pool.js';
export { runScenario, type ReplicationPlan, type ScenarioRuns } from './experiments/run-scenario.js';
export { comparisonRows } from './experiments/comparison.js';
export { replicationTable, type MetricSeries } from './results/replication-table.js';
export { metricNames } from './results/measures.js';
export { writeReport } from './report/index.js';
export * as supply from './supply/index.js';
