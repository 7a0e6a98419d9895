import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../package-paths.js';
import type { ChartDef } from './charts/chart.js';
import type { ChartJob, ChartReply } from './chart-render-worker.js';
import type { ChartWriter, RenderedChart } from './render-chart.js';

/** Charts in hand per thread: one drawing while the last one's PNG rasterises on libuv's pool. */
const IN_FLIGHT_PER_THREAD = 2;

interface Pending {
  readonly job: ChartJob;
  readonly resolve: (chart: RenderedChart) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Writes charts on worker threads, each running the same `writeChart` as the main thread, so
 * the files are the same bytes; a run with several workers draws its charts side by side
 * instead of one after another once the last replication is done. `warm()` starts the threads
 * (loading vega and resvg) ahead of the first chart, e.g. while the result tables are built.
 */
export class ChartRenderPool {
  private readonly threads: { worker: Worker; busy: number }[] = [];
  private readonly queue: Pending[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Expected \`size\` to be an integer >= 1, got \`${size}\``);
  }

  warm(): void {
    if (this.threads.length > 0) return;
    const script = join(packageRoot(), 'dist', 'src', 'report', 'chart-render-worker.js');
    if (!existsSync(script)) throw new Error(`chart worker script ${script} not found; run \`npm run build\` first`);
    for (let i = 0; i < this.size; i++) {
      const thread = { worker: new Worker(script, { execArgv: [] }), busy: 0 };
      thread.worker.unref();
      thread.worker.on('message', (reply: ChartReply) => this.settle(thread, reply));
      thread.worker.on('error', (error) => this.failAll(error));
      this.threads.push(thread);
    }
  }

  /** A ChartWriter for writeReport: same files, written on the pool's threads. */
  readonly write: ChartWriter = (chartsDir: string, def: ChartDef) => new Promise<RenderedChart>((resolve, reject) => {
    this.warm();
    const job: ChartJob = { id: this.nextId++, chartsDir, def };
    this.queue.push({ job, resolve, reject });
    this.feed();
  });

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
    this.threads.length = 0;
  }

  private feed(): void {
    // Each chart goes to the least busy thread, so the threads start with one chart each.
    while (this.queue.length > 0) {
      const thread = this.threads.reduce((a, b) => (b.busy < a.busy ? b : a));
      if (thread.busy >= IN_FLIGHT_PER_THREAD) return;
      const next = this.queue.shift()!;
      this.pending.set(next.job.id, next);
      thread.busy++;
      thread.worker.postMessage(next.job);
    }
  }

  private settle(thread: { busy: number }, reply: ChartReply): void {
    const waiting = this.pending.get(reply.id);
    if (waiting === undefined) return;
    this.pending.delete(reply.id);
    thread.busy--;
    if ('error' in reply) waiting.reject(new Error(`chart ${waiting.job.def.name} failed: ${reply.error}`));
    else waiting.resolve({ def: waiting.job.def, svg: reply.svg, files: reply.files });
    this.feed();
  }

  private failAll(error: Error): void {
    for (const waiting of [...this.pending.values(), ...this.queue]) waiting.reject(error);
    this.pending.clear();
    this.queue.length = 0;
  }
}
