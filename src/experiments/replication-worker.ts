import { parentPort } from 'node:worker_threads';
import { compileModel, type ModelConfig } from '../model/model-config.js';
import { runReplication } from '../model/replication.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { buffersOf, toMessage } from './metrics-transfer.js';
import type { JobMessage } from './replication-pool.js';

// A worker keeps the last compiled scenario: jobs usually come in runs of one scenario.
let cached: { hash: string; config: ModelConfig } | null = null;

parentPort!.on('message', (job: JobMessage) => {
  try {
    if (cached === null || cached.hash !== job.hash) cached = { hash: job.hash, config: compileModel(job.scenario as Scenario) };
    const metrics = runReplication(cached.config, job.seed, job.replication);
    parentPort!.postMessage({ id: job.id, metrics: toMessage(metrics) }, buffersOf(metrics));
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).stack ?? String(error) });
  }
});
