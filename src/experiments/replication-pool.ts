import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReplicationMetrics } from '../model/metrics.js';
import { runReplication } from '../model/replication.js';
import { rememberDigest, type ReplicationDigest } from '../results/replication-digest.js';
import { packageRoot } from '../package-paths.js';
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

/** A job waiting for a worker, with where its result goes. */
interface Pending { readonly job: ReplicationJob; readonly resolve: (m: ReplicationMetrics) => void; readonly reject: (e: Error) => void }

/**
 * Runs replications on worker threads, handing each idle worker the next job. Results come
 * back in job order whatever finished first, and each replication's random streams depend
 * only on (seed, replication), so output is identical for any number of workers. Calls may
 * overlap (solve evaluates several candidates at once): their jobs share one queue, first
 * come first served, so no worker idles while any call has work left.
 */
export class ReplicationPool {
  private readonly workers: Worker[] = [];
  private readonly inProcessConfigs = new ReplicationConfigs();
  private readonly queue: Pending[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private nextId = 0;

  /**
   * `whenIdle` is called whenever a worker finds no job left while others still run (the end of
   * a batch): that core is free until the batch ends, e.g. to start the threads that draw charts.
   */
  constructor(readonly size: number, private readonly whenIdle: () => void = () => {}) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Expected \`workers\` to be an integer >= 1, got \`${size}\``);
  }

  /**
   * Starts the worker threads now, so they load their code while this thread still reads the
   * scenario; otherwise they start with the first batch. One worker runs replications here.
   */
  start(): this {
    if (this.size > 1) this.spawn(this.size);
    return this;
  }

  async run(jobs: readonly ReplicationJob[], onDone?: (done: number, total: number) => void): Promise<ReplicationMetrics[]> {
    if (this.size === 1 || (jobs.length === 1 && this.workers.length === 0)) return this.runHere(jobs, onDone);
    this.spawn(Math.min(this.size, Math.max(jobs.length, this.workers.length)));
    let done = 0;
    const results = jobs.map((job) => new Promise<ReplicationMetrics>((resolve, reject) => {
      this.queue.push({ job, reject, resolve: (m) => { done++; onDone?.(done, jobs.length); resolve(m); } });
    }));
    this.feed();
    return Promise.all(results);
  }

  /** Hands queued jobs to idle workers. */
  private feed(): void {
    for (const worker of this.workers) {
      if (this.queue.length === 0) return;
      if (this.busy.has(worker)) continue;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      worker.postMessage({ ...pending.job, id: this.nextId++ } satisfies JobMessage);
    }
  }

  private settle(worker: Worker, reply: Reply): void {
    const pending = this.busy.get(worker)!;
    this.busy.delete(worker);
    if ('error' in reply) pending.reject(new Error(`replication ${pending.job.replication} failed: ${reply.error}`));
    else {
      const metrics = fromMessage(reply.metrics);
      if (reply.digest) rememberDigest(metrics, reply.digest);
      pending.resolve(metrics);
    }
    this.feed();
    if (!this.busy.has(worker) && this.busy.size > 0) this.whenIdle();
  }

  /** A worker that dies fails its job and every queued one: nothing would run them in order. */
  private fail(worker: Worker, error: Error): void {
    this.busy.get(worker)?.reject(error);
    this.busy.delete(worker);
    for (const pending of this.queue.splice(0)) pending.reject(error);
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
      worker.on('message', (reply: Reply) => this.settle(worker, reply));
      worker.on('error', (error) => this.fail(worker, error));
      this.workers.push(worker);
    }
  }
}
