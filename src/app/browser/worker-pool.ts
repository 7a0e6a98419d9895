import { fromMessage } from '../../experiments/metrics-transfer.js';
import type { ReplicationMetrics } from '../../model/metrics.js';
import type { WorkerJob, WorkerReply } from './messages.js';

/** Raised to the caller of a run that a newer run replaced. */
export class CancelledError extends Error {
  constructor() {
    super('run cancelled');
    this.name = 'CancelledError';
  }
}

/**
 * Runs replications on Web Workers started from the page's own worker script (a Blob, so it
 * works from file://). Results come back in job order whatever finished first; each
 * replication's random numbers depend only on (seed, replication), as on the command line.
 */
export class PagePool {
  private readonly url: string;
  private workers: Worker[] = [];
  private abort: (() => void) | null = null;

  constructor(workerSource: string, readonly size: number) {
    this.url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  }

  run(jobs: readonly Omit<WorkerJob, 'id'>[], onDone: (done: number, total: number) => void): Promise<ReplicationMetrics[]> {
    this.cancel();
    while (this.workers.length < Math.min(this.size, jobs.length)) this.workers.push(new Worker(this.url, { name: `cgs-sim replications ${this.workers.length + 1}` }));
    const results: ReplicationMetrics[] = new Array(jobs.length);
    let next = 0;
    let done = 0;
    return new Promise((resolve, reject) => {
      this.abort = () => reject(new CancelledError());
      const fail = (message: string) => { this.cancel(); reject(new Error(message)); };
      const feed = (worker: Worker) => {
        if (next < jobs.length) worker.postMessage({ ...jobs[next]!, id: next++ } satisfies WorkerJob);
      };
      for (const worker of this.workers.slice(0, jobs.length)) {
        worker.onmessage = (event: MessageEvent<WorkerReply>) => {
          const reply = event.data;
          if ('error' in reply) return fail(`replication ${jobs[reply.id]!.replication} failed: ${reply.error}`);
          results[reply.id] = fromMessage(reply.metrics);
          onDone(++done, jobs.length);
          if (done < jobs.length) return feed(worker);
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
