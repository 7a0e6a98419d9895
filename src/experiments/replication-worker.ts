import { parentPort } from 'node:worker_threads';
import { runReplication } from '../model/replication.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { digestReplication } from '../results/replication-digest.js';
import { toMessage } from './metrics-transfer.js';
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
    // Copied, not transferred: copying a replication's few megabytes takes milliseconds, while
    // handing its buffers to the main thread made every later replication on this thread about
    // 12% slower (measured: 3.2-3.9 s against 2.7-3.3 s a national replication).
    parentPort!.postMessage({ id: job.id, metrics: toMessage(metrics), digest });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).stack ?? String(error) });
  }
});
