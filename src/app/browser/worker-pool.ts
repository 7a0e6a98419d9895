import { buffersOf, fromMessage, toMessage } from '../../experiments/metrics-transfer.js';
import type { ReplicationMetrics } from '../../model/metrics.js';
import type { PageResults } from '../result-tables.js';
import type { ReplicationJob, WorkerJob, WorkerReply } from './messages.js';

/** Raised to the caller of a run that a newer run replaced. */
export class CancelledError extends Error {
  constructor() {
    super('run cancelled');
    this.name = 'CancelledError';
  }
}

type Job = Omit<ReplicationJob, 'id' | 'kind'>;

/**
 * Runs replications on Web Workers started from the page's own worker script (a Blob, so it
 * works from file://), and summarises them there too, so the page thread stays free. Results
 * come back in job order whatever finished first; each replication's random numbers depend only
 * on (seed, replication), as on the command line.
 */
export class PagePool {
  private readonly url: string;
  private workers: Worker[] = [];
  private abort: (() => void) | null = null;

  constructor(workerSource: string, readonly size: number) {
    this.url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  }

  /** Simulates the replications and summarises them as `cgs-sim run` does. */
  async run(jobs: readonly Job[], onDone: (done: number, total: number) => void): Promise<PageResults> {
    const runs = await this.replications(jobs, onDone);
    const first = jobs[0]!;
    const messages = runs.map(toMessage);
    const [tables] = await this.dispatch<PageResults>(1, (worker, id) => {
      worker.postMessage({ kind: 'summary', id, key: first.key, scenario: first.scenario, runs: messages } satisfies WorkerJob, runs.flatMap(buffersOf));
    }, (reply) => ('tables' in reply ? reply.tables : undefined), () => undefined);
    return tables!;
  }

  private replications(jobs: readonly Job[], onDone: (done: number, total: number) => void): Promise<ReplicationMetrics[]> {
    return this.dispatch(jobs.length, (worker, id) => worker.postMessage({ ...jobs[id]!, kind: 'replication', id } satisfies WorkerJob),
      (reply) => ('metrics' in reply ? fromMessage(reply.metrics) : undefined), onDone);
  }

  /** Hands jobs 0..count-1 to idle workers and collects their replies in job order. */
  private dispatch<T>(count: number, send: (worker: Worker, id: number) => void, read: (reply: WorkerReply) => T | undefined,
    onDone: (done: number, total: number) => void): Promise<T[]> {
    this.cancel();
    while (this.workers.length < Math.min(this.size, count)) this.workers.push(new Worker(this.url, { name: `cgs-sim worker ${this.workers.length + 1}` }));
    const results: T[] = new Array(count);
    let next = 0;
    let done = 0;
    return new Promise((resolve, reject) => {
      this.abort = () => reject(new CancelledError());
      const fail = (message: string) => { this.cancel(); reject(new Error(message)); };
      const feed = (worker: Worker) => { if (next < count) send(worker, next++); };
      for (const worker of this.workers.slice(0, count)) {
        worker.onmessage = (event: MessageEvent<WorkerReply>) => {
          const reply = event.data;
          if ('error' in reply) return fail(`worker job ${reply.id} failed: ${reply.error}`);
          results[reply.id] = read(reply)!;
          onDone(++done, count);
          if (done < count) return feed(worker);
          this.abort = null;
          resolve(results);
        };
        worker.onerror = (event) => { event.preventDefault(); fail(event.message); };
        feed(worker);
      }
    });
  }

  /** Stops a run in progress at once: busy workers are ended, and new ones start for the next run. */
  cancel(): void {
    const abort = this.abort;
    if (abort === null) return;
    this.abort = null;
    for (const worker of this.workers) worker.terminate();
    this.workers = [];
    abort();
  }
}
