import { parentPort } from 'node:worker_threads';
import { runReplication } from '../model/replication.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { buffersOf, toMessage } from './metrics-transfer.js';
import { ReplicationConfigs } from './replication-config.js';
import type { JobMessage } from './replication-pool.js';

// A worker keeps the last compiled scenario: jobs usually come in runs of one scenario.
const configs = new ReplicationConfigs();

parentPort!.on('message', (job: JobMessage) => {
  try {
    const config = configs.configFor(job.scenario as Scenario, job.hash, job.seed, job.replication);
    const metrics = runReplication(config, job.seed, job.replication);
    parentPort!.postMessage({ id: job.id, metrics: toMessage(metrics) }, buffersOf(metrics));
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).stack ?? String(error) });
  }
});
