import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../package-paths.js';
import type { ChartDef } from './charts/chart.js';
import type { EarlyChart, RenderJob, RenderReply } from './chart-render-worker.js';
import { SPLIT_FILES } from './early-charts.js';
import { specText, type ChartWriter, type RenderedChart } from './render-chart.js';

/** Charts in hand per thread: one drawing while the last one's PNG rasterises on libuv's pool. */
const IN_FLIGHT_PER_THREAD = 2;

type Thread = { readonly worker: Worker; busy: number };
type Waiting = { readonly thread: Thread; readonly onReply: (reply: RenderReply) => boolean; readonly reject: (error: Error) => void };
type Queued = { readonly job: RenderJob; readonly onReply: Waiting['onReply']; readonly reject: Waiting['reject'] };

/** One file's charts drawn early on one thread: their names come first, the charts when drawn. */
interface EarlyPart {
  readonly names: Promise<readonly string[]>;
  readonly charts: Promise<readonly EarlyChart[]>;
}

/**
 * Writes charts on worker threads, each running the same `writeChart` as the main thread, so
 * the files are the same bytes; a run with several workers draws its charts side by side
 * instead of one after another once the last replication is done. `warm()` starts the threads
 * (loading vega and resvg) ahead of the first chart; `drawEarly()` draws a result file's charts
 * as soon as the file is written, and `write` then uses them if its spec is the same text.
 */
export class ChartRenderPool {
  private readonly threads: Thread[] = [];
  private readonly queue: Queued[] = [];
  private readonly waiting = new Map<number, Waiting>();
  private readonly early: EarlyPart[] = [];
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

  /**
   * Starts drawing the charts of `dir/file` (written and complete): a file with many charts on
   * every thread, a share each; any other on the least busy thread (each thread reads the file).
   */
  drawEarly(dir: string, file: string): void {
    this.warm();
    const threads = SPLIT_FILES.has(file) ? this.threads : [this.threads.reduce((a, b) => (b.busy < a.busy ? b : a))];
    threads.forEach((thread, part) => {
      let names!: (n: readonly string[]) => void;
      let charts!: (c: readonly EarlyChart[]) => void;
      const entry: EarlyPart = { names: new Promise((r) => { names = r; }), charts: new Promise((r) => { charts = r; }) };
      // A failed early drawing only means drawing those charts again, in write.
      const reject = () => { names([]); charts([]); };
      const onReply = (reply: RenderReply) => {
        if ('names' in reply) names(reply.names);
        if ('error' in reply) reject();
        if (!('charts' in reply)) return 'error' in reply;
        charts(reply.charts);
        return true;
      };
      this.early.push(entry);
      this.send(thread, { job: { id: this.nextId++, kind: 'file', dir, file, part, parts: threads.length }, onReply, reject });
    });
  }

  /** A ChartWriter for writeReport: same files, written on the pool's threads. */
  readonly write: ChartWriter = async (chartsDir: string, def: ChartDef): Promise<RenderedChart> => {
    const drawn = await this.drawnEarly(chartsDir, def);
    if (drawn !== undefined) return { def, svg: drawn.svg, files: drawn.files };
    return new Promise<RenderedChart>((resolve, reject) => {
      this.warm();
      const onReply = (reply: RenderReply) => {
        if ('error' in reply) reject(new Error(`chart ${def.name} failed: ${reply.error}`));
        else if ('svg' in reply) resolve({ def, svg: reply.svg, files: reply.files });
        return true;
      };
      this.queue.push({ job: { id: this.nextId++, kind: 'chart', chartsDir, def }, onReply, reject });
      this.feed();
    });
  };

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
    this.threads.length = 0;
  }

  /** The chart as drawn early, if it was and from the same spec into the same folder. */
  private async drawnEarly(chartsDir: string, def: ChartDef): Promise<EarlyChart | undefined> {
    for (const part of this.early) {
      if (!(await part.names).includes(def.name)) continue;
      const found = (await part.charts).find((c) => c.name === def.name);
      return found !== undefined && found.chartsDir === chartsDir && found.spec === specText(def) ? found : undefined;
    }
    return undefined;
  }

  private send(thread: Thread, queued: Queued): void {
    this.waiting.set(queued.job.id, { thread, onReply: queued.onReply, reject: queued.reject });
    thread.busy++;
    thread.worker.postMessage(queued.job);
  }

  private feed(): void {
    // Each chart goes to the least busy thread, so the threads start with one chart each.
    while (this.queue.length > 0) {
      const thread = this.threads.reduce((a, b) => (b.busy < a.busy ? b : a));
      if (thread.busy >= IN_FLIGHT_PER_THREAD) return;
      this.send(thread, this.queue.shift()!);
    }
  }

  private settle(reply: RenderReply): void {
    const waiting = this.waiting.get(reply.id);
    if (waiting === undefined || !waiting.onReply(reply)) return;
    this.waiting.delete(reply.id);
    waiting.thread.busy--;
    this.feed();
  }

  private failAll(error: Error): void {
    for (const w of [...this.waiting.values(), ...this.queue]) w.reject(error);
    this.waiting.clear();
    this.queue.length = 0;
  }
}
