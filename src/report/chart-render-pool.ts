import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../package-paths.js';
import type { ChartDef } from './charts/chart.js';
import type { RenderJob, RenderReply } from './chart-render-worker.js';
import { specText, type ChartWriter, type RenderedChart } from './render-chart.js';

/** Charts in hand per thread: one drawing while the last one's PNG rasterises on libuv's pool. */
const IN_FLIGHT_PER_THREAD = 2;

type Thread = { readonly worker: Worker; busy: number };
type Waiting = { readonly thread: Thread; readonly resolve: (chart: RenderedChart) => void; readonly reject: (error: Error) => void; readonly def: ChartDef };
type Queued = { readonly job: RenderJob; readonly resolve: Waiting['resolve']; readonly reject: Waiting['reject']; readonly def: ChartDef };

/** A chart handed over before the report asked for it, with the spec text it was drawn from. */
interface EarlyChart { readonly chartsDir: string; readonly spec: string; readonly drawn: Promise<RenderedChart> }

/**
 * Writes charts on worker threads, each running the same `writeChart` as the main thread, so
 * the files are the same bytes; a run with several workers draws its charts side by side
 * instead of one after another once the last replication is done. `warm()` starts the threads
 * (loading vega and resvg) ahead of the first chart; `drawEarly()` queues charts as soon as the
 * file they come from is written, and `write` then uses them if its spec is the same text.
 * Threads take charts one at a time from one queue, so the work balances chart by chart.
 */
export class ChartRenderPool {
  private readonly threads: Thread[] = [];
  private readonly queue: Queued[] = [];
  private readonly waiting = new Map<number, Waiting>();
  private readonly early = new Map<string, EarlyChart>();
  private nextId = 0;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Expected \`size\` to be an integer >= 1, got \`${size}\``);
  }

  warm(): void {
    if (this.threads.length > 0) return;
    const script = join(packageRoot(), 'dist', 'src', 'report', 'chart-render-worker.js');
    if (!existsSync(script)) throw new Error(`chart worker script ${script} not found; run \`npm run build\` first`);
    for (let i = 0; i < this.size; i++) {
      const thread: Thread = { worker: new Worker(script, { execArgv: [] }), busy: 0 };
      thread.worker.unref();
      thread.worker.on('message', (reply: RenderReply) => this.settle(reply));
      thread.worker.on('error', (error) => this.failAll(error));
      this.threads.push(thread);
    }
  }

  /** Starts drawing charts into `chartsDir` before the report asks for them (see `write`). */
  drawEarly(chartsDir: string, defs: readonly ChartDef[]): void {
    for (const def of defs) {
      const drawn = this.draw(chartsDir, def);
      // A failed early drawing only means drawing that chart again when the report asks.
      drawn.catch(() => {});
      this.early.set(def.name, { chartsDir, spec: specText(def), drawn });
    }
  }

  /** A ChartWriter for writeReport: same files, written on the pool's threads. */
  readonly write: ChartWriter = async (chartsDir: string, def: ChartDef): Promise<RenderedChart> => {
    const early = this.early.get(def.name);
    if (early !== undefined) {
      this.early.delete(def.name);
      const same = early.chartsDir === chartsDir && early.spec === specText(def);
      const drawn = await early.drawn.then((chart) => chart, () => undefined);
      // Another spec: its files are drawn again, after the early drawing has finished writing them.
      if (same && drawn !== undefined) return { def, svg: drawn.svg, files: drawn.files };
    }
    return this.draw(chartsDir, def);
  };

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
    this.threads.length = 0;
  }

  private draw(chartsDir: string, def: ChartDef): Promise<RenderedChart> {
    return new Promise<RenderedChart>((resolve, reject) => {
      this.warm();
      this.queue.push({ job: { id: this.nextId++, chartsDir, def }, resolve, reject, def });
      this.feed();
    });
  }

  private feed(): void {
    // Each chart goes to the least busy thread, so the threads start with one chart each.
    while (this.queue.length > 0) {
      const thread = this.threads.reduce((a, b) => (b.busy < a.busy ? b : a));
      if (thread.busy >= IN_FLIGHT_PER_THREAD) return;
      const queued = this.queue.shift()!;
      this.waiting.set(queued.job.id, { thread, resolve: queued.resolve, reject: queued.reject, def: queued.def });
      thread.busy++;
      thread.worker.postMessage(queued.job);
    }
  }

  private settle(reply: RenderReply): void {
    const waiting = this.waiting.get(reply.id);
    if (waiting === undefined) return;
    this.waiting.delete(reply.id);
    waiting.thread.busy--;
    if ('error' in reply) waiting.reject(new Error(`chart ${waiting.def.name} failed: ${reply.error}`));
    else waiting.resolve({ def: waiting.def, svg: reply.svg, files: reply.files });
    this.feed();
  }

  private failAll(error: Error): void {
    for (const w of [...this.waiting.values(), ...this.queue]) w.reject(error);
    this.waiting.clear();
    this.queue.length = 0;
  }
}
