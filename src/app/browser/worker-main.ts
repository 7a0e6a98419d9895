/// <reference lib="webworker" />
import { buffersOf, toMessage } from '../../experiments/metrics-transfer.js';
import { compileModel, type ModelConfig } from '../../model/model-config.js';
import { runReplication } from '../../model/replication.js';
import type { Scenario } from '../../scenario/schema/scenario.js';
import type { WorkerJob, WorkerReply } from './messages.js';

// A worker keeps the last compiled scenario: jobs come in runs of one scenario.
let cached: { key: string; config: ModelConfig } | null = null;

self.onmessage = (event: MessageEvent<WorkerJob>) => {
  const job = event.data;
  try {
    if (cached === null || cached.key !== job.key) cached = { key: job.key, config: compileModel(job.scenario as Scenario) };
    const metrics = runReplication(cached.config, job.seed, job.replication);
    const reply: WorkerReply = { id: job.id, metrics: toMessage(metrics) };
    (self as unknown as Worker).postMessage(reply, buffersOf(metrics));
  } catch (error) {
    const reply: WorkerReply = { id: job.id, error: (error as Error).stack ?? String(error) };
    (self as unknown as Worker).postMessage(reply);
  }
};
