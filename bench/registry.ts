import { browserCommand } from './browser.js';
import { holdCommand } from './hold.js';
import { mmcCommand } from './mmc.js';
import { mmcGeneratorsCommand } from './mmc-generators.js';
import { national30Command, nationalCommand } from './national.js';
import { solveNationalCommand } from './solve-national.js';
import { solveNetworkCommand } from './solve-network.js';
import { suiteCommand } from './suite.js';

export interface Benchmark {
  /** One line for `--help`. */
  readonly description: string;
  /** Runs with the arguments after the subcommand name; prints its own results. */
  readonly run: (argv: readonly string[]) => void | Promise<void>;
}

/** Subcommands of `npm run bench -- <name>`; add a model benchmark by adding an entry. */
export const benchmarks: Record<string, Benchmark> = {
  mmc: { description: 'M/M/c through the kernel API (--lambda --mu --servers --customers --seed --json)', run: mmcCommand },
  hold: { description: 'hold model: ns per event for 1e3..1e6 pending events (--events --seed --json)', run: holdCommand },
  'mmc-generators': { description: 'the same M/M/c with SimPy-style generator processes, to compare designs (--json)', run: mmcGeneratorsCommand },
  national: { description: 'national 10-year baseline, one replication: wall time and peak memory (--json)', run: nationalCommand },
  'national-30': { description: 'national baseline, 30 replications, alternating 1- and 2-worker runs: median wall, memory, speed-up, serial tail (--pairs --replications --json)', run: national30Command },
  browser: { description: 'the what-if page in headless Chromium: network 10 reps x 10 years, national 4 reps (--network-replications --national-replications --years --json)', run: browserCommand },
  'solve-network': { description: 'solve network-east for 92% within 18 weeks in 2034-2035, against one run (--replications --workers --uncertainty 0|1 --json)', run: solveNetworkCommand },
  'solve-national': { description: 'solve the national baseline nationally for 92% within 18 weeks in 2030 (--replications --workers --target-year --uncertainty 0|1 --json)', run: solveNationalCommand },
  kernel: { description: 'all kernel benchmarks as a table (the default)', run: suiteCommand },
};
