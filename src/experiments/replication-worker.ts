import { parentPort } from 'node:worker_threads';
import { runReplication } from '../model/replication.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { digestBuffers, digestReplication } from '../results/replication-digest.js';
import { buffersOf, toMessage } from './metrics-transfer.js';
import { ReplicationConfigs } from './replication-config.js';
import type { JobMessage } from './replication-pool.js';

// A worker keeps the last compiled scenario: jobs usually come in runs of one scenario.
const configs = new ReplicationConfigs();

parentPort!.on('message', (job: JobMessage) => {
  try {
    const config = configs.configFor(job.scenario as Scenario, job.hash, job.seed, job.replication);
    const metrics = runReplication(config, job.seed, job.replication);
    // The tables' per-replication work is done here, beside the replication, not after the last one.
    const digest = job.digest ? digestReplication(configs.baseFor(job.scenario as Scenario, job.hash), metrics) : undefined;
    parentPort!.postMessage({ id: job.id, metrics: toMessage(metrics), digest }, [...buffersOf(metrics), ...(digest ? digestBuffers(digest) : [])]);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).stack ?? String(error) });
  }
});
