import { hostname } from 'node:os';

/** How a set of results was produced: the only facts allowed to differ between a merge and a single run. */
export interface Execution {
  readonly command: string;
  readonly workers: number;
  readonly wallTimeSeconds: number;
  readonly host: string;
  /** For merged results: each shard's own execution. */
  readonly shards?: readonly (Execution & { readonly shard: string })[];
}

/** This process's command line as the user typed it after `cgs-sim`. */
export function thisExecution(workers: number, startedMs: number): Execution {
  return { command: `cgs-sim ${process.argv.slice(2).join(' ')}`, workers, wallTimeSeconds: (performance.now() - startedMs) / 1000, host: hostname() };
}
