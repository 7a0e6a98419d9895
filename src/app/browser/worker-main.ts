/// <reference lib="webworker" />
import { buffersOf, fromMessage, toMessage } from '../../experiments/metrics-transfer.js';
import { compileModel, type ModelConfig } from '../../model/model-config.js';
import { runReplication } from '../../model/replication.js';
import { ReplicationConfigs } from '../../experiments/replication-config.js';
import type { Scenario } from '../../scenario/schema/scenario.js';
import { pageResults, resultTables } from '../result-tables.js';
import type { WorkerJob, WorkerReply } from './messages.js';

// A worker keeps the last compiled scenario (jobs come in runs of one scenario); with parameter
// uncertainty each replication compiles its own drawn scenario, exactly as the command line does.
let central: { key: string; config: ModelConfig } | null = null;
const replicationConfigs = new ReplicationConfigs();

/** The scenario at its central values, for the summary tables. */
function centralConfig(key: string, scenario: unknown): ModelConfig {
  if (central === null || central.key !== key) central = { key, config: compileModel(scenario as Scenario) };
  return central.config;
}

const post = (reply: WorkerReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = (event: MessageEvent<WorkerJob>) => {
  const job = event.data;
  try {
    if (job.kind === 'summary') {
      post({ id: job.id, tables: pageResults(resultTables(centralConfig(job.key, job.scenario), job.runs.map(fromMessage))) });
      return;
    }
    const config = replicationConfigs.configFor(job.scenario as Scenario, job.key, job.seed, job.replication);
    const metrics = runReplication(config, job.seed, job.replication);
    post({ id: job.id, metrics: toMessage(metrics) }, buffersOf(metrics));
  } catch (error) {
    post({ id: job.id, error: (error as Error).stack ?? String(error) });
  }
};
