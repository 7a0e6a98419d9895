/// <reference lib="webworker" />
import { buffersOf, fromMessage, toMessage } from '../../experiments/metrics-transfer.js';
import { compileModel, type ModelConfig } from '../../model/model-config.js';
import { runReplication } from '../../model/replication.js';
import type { Scenario } from '../../scenario/schema/scenario.js';
import { pageResults, resultTables } from '../result-tables.js';
import type { WorkerJob, WorkerReply } from './messages.js';

// A worker keeps the last compiled scenario: jobs come in runs of one scenario.
let cached: { key: string; config: ModelConfig } | null = null;

function configFor(key: string, scenario: unknown): ModelConfig {
  if (cached === null || cached.key !== key) cached = { key, config: compileModel(scenario as Scenario) };
  return cached.config;
}

const post = (reply: WorkerReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = (event: MessageEvent<WorkerJob>) => {
  const job = event.data;
  try {
    const config = configFor(job.key, job.scenario);
    if (job.kind === 'summary') {
      post({ id: job.id, tables: pageResults(resultTables(config, job.runs.map(fromMessage))) });
      return;
    }
    const metrics = runReplication(config, job.seed, job.replication);
    post({ id: job.id, metrics: toMessage(metrics) }, buffersOf(metrics));
  } catch (error) {
    post({ id: job.id, error: (error as Error).stack ?? String(error) });
  }
};
