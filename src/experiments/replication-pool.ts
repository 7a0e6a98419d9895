import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReplicationMetrics } from '../model/metrics.js';
import { runReplication } from '../model/replication.js';
import { packageRoot } from '../package-paths.js';
import { rememberDigest, type ReplicationDigest } from '../results/replication-digest.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { fromMessage, type MetricsMessage } from './metrics-transfer.js';
import { ReplicationConfigs } from './replication-config.js';

/** One replication of one scenario. `hash` identifies the scenario so workers can reuse its compiled model. */
export interface ReplicationJob {
  readonly scenario: Scenario;
  readonly hash: string;
  readonly seed: number;
  readonly replication: number;
  /** Also reduce the replication for the result tables where it runs (see replication-digest.ts). */
  readonly digest?: boolean;
}

export interface JobMessage extends ReplicationJob {
  readonly id: number;
}

type Reply = { id: number; metrics: MetricsMessage; digest?: ReplicationDigest } | { id: number; error: string };

/**
 * Runs replications on worker threads, handing each idle worker the next job. Results come
 * back in job order whatever finished first, and each replication's random streams depend
 * only on (seed, replication), so output is identical for any number of workers.
 */
export class ReplicationPool {
  private readonly workers: Worker[] = [];
  private readonly inProcessConfigs = new ReplicationConfigs();

  /**
   * `whenIdle` is called whenever a worker finds no job left while others still run (the end of
   * a batch): that core is free until the batch ends, e.g. to start the threads that draw charts.
   */
  constructor(readonly size: number, private readonly whenIdle: () => void = () => {}) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Expected \`workers\` to be an integer >= 1, got \`${size}\``);
  }

  async run(jobs: readonly ReplicationJob[], onDone?: (done: number, total: number) => void): Promise<ReplicationMetrics[]> {
    if (this.size === 1 || jobs.length === 1) return this.runHere(jobs, onDone);
    this.spawn(Math.min(this.size, jobs.length));
    const results: ReplicationMetrics[] = new Array(jobs.length);
    let next = 0;
    let done = 0;
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker) => {
        if (next < jobs.length) {
          const id = next++;
          worker.postMessage({ ...jobs[id]!, id } satisfies JobMessage);
        } else if (done < jobs.length) {
          this.whenIdle();
        }
      };
      for (const worker of this.workers.slice(0, Math.min(this.workers.length, jobs.length))) {
        worker.removeAllListeners('message').removeAllListeners('error');
        worker.on('message', (reply: Reply) => {
          if ('error' in reply) return reject(new Error(`replication ${jobs[reply.id]!.replication} failed: ${reply.error}`));
          results[reply.id] = fromMessage(reply.metrics);
          if (reply.digest) rememberDigest(results[reply.id]!, reply.digest);
          done++;
          onDone?.(done, jobs.length);
          if (done === jobs.length) resolve();
          else feed(worker);
        });
        worker.on('error', reject);
        feed(worker);
      }
    });
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }

  private runHere(jobs: readonly ReplicationJob[], onDone?: (done: number, total: number) => void): ReplicationMetrics[] {
    return jobs.map((job, i) => {
      const config = this.inProcessConfigs.configFor(job.scenario, job.hash, job.seed, job.replication);
      const metrics = runReplication(config, job.seed, job.replication);
      onDone?.(i + 1, jobs.length);
      return metrics;
    });
  }

  private spawn(count: number): void {
    const script = join(packageRoot(), 'dist', 'src', 'experiments', 'replication-worker.js');
    if (!existsSync(script)) throw new Error(`worker script ${script} not found; run \`npm run build\` first`);
    while (this.workers.length < count) {
      // Workers get no inherited flags (e.g. --input-type or profilers meant for the main thread).
      const worker = new Worker(script, { execArgv: [] });
      worker.unref();
      this.workers.push(worker);
    }
  }
}
