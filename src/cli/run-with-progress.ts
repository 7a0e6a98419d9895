import type { ReplicationPool } from '../experiments/replication-pool.js';
import { runScenario, type ScenarioRuns } from '../experiments/run-scenario.js';
import type { LoadedScenario } from '../scenario/load-scenario.js';
import { progressReporter } from './progress.js';
import { longRunNotice } from './run-estimate.js';
import { replicationsArg, type SimulationArgs } from './shared-options.js';

/** Runs a scenario's replications as the command line asked (count or auto, precision), with the progress bar. */
export async function runWithProgress(loaded: LoadedScenario, pool: ReplicationPool, args: SimulationArgs, label: string): Promise<ScenarioRuns> {
  const s = loaded.scenario;
  const replications = replicationsArg(args, s.run.replications);
  const notice = longRunNotice(s, replications === 'auto' ? 10 : replications, args.workers);
  if (notice && !args.quiet) console.error(notice);
  const progress = progressReporter(label, args.quiet);
  try {
    return await runScenario(s, loaded.hash, pool, {
      replications, precision: args.precision, maxReplications: 500, seed: s.run.seed,
    }, progress);
  } finally {
    progress.finish();
  }
}
