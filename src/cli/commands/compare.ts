import { join } from 'node:path';
import type { Argv } from 'yargs';
import type { ComparedScenario } from '../../experiments/comparison.js';
import { writeComparedScenario, writeComparisonSummary } from '../../experiments/outputs/compare-outputs.js';
import { thisExecution } from '../../experiments/outputs/execution.js';
import { ReplicationPool } from '../../experiments/replication-pool.js';
import { runScenario } from '../../experiments/run-scenario.js';
import { packageRoot } from '../../package-paths.js';
import { loadScenario, type LoadedScenario } from '../../scenario/load-scenario.js';
import { UsageError } from '../exit-codes.js';
import { comparisonTable } from '../comparison-table.js';
import { progressReporter } from '../progress.js';
import { checkWorkers, replicationsArg, runOverrides, withSimulationOptions, type SimulationArgs } from '../shared-options.js';
import { shardCompare } from '../shard-command.js';
import { shardFromArgs, shardsLocalFromArgs, withShardOptions, type ShardArgs } from '../shard-options.js';
import { runShardsLocally } from '../shards-local.js';
import { openResults } from '../open-results.js';

export const compareCommand = {
  command: 'compare <scenarios..>',
  describe: 'Run scenarios with common random numbers and report paired differences from the first, with 95% CIs',
  builder: (y: Argv) => withShardOptions(withSimulationOptions(y)).positional('scenarios', { type: 'string', array: true, demandOption: true }),
  handler: async (args: SimulationArgs & ShardArgs & { scenarios: string[] }) => {
    if (args.scenarios.length < 2) throw new UsageError('compare needs at least two scenario files');
    const workers = checkWorkers(args);
    const local = shardsLocalFromArgs(args);
    if (local !== null) return runShardsLocally(local, args);
    const shard = shardFromArgs(args);
    const first = await loadScenario(args.scenarios[0]!, { overrides: runOverrides(args) });
    // Common random numbers: every scenario runs with the first one's seed and replication count.
    const seed = first.scenario.run.seed;
    const shared = [...runOverrides(args), `run.seed=${seed}`];
    const loaded: LoadedScenario[] = [first];
    for (const file of args.scenarios.slice(1)) loaded.push(await loadScenario(file, { overrides: shared }));
    const names = uniqueNames(loaded.map((l) => l.scenario.name));
    if (shard !== null) return shardCompare(loaded, names, seed, shard, { ...args, workers });
    const folder = openResults(args.out ?? join(packageRoot(), 'output', `compare-${names.join('-vs-')}`.slice(0, 120)), args.force);
    const pool = new ReplicationPool(workers);
    const started = performance.now();
    try {
      let replications = replicationsArg(args, first.scenario.run.replications);
      const compared: ComparedScenario[] = [];
      for (const [i, l] of loaded.entries()) {
        const progress = progressReporter(`Running ${names[i]}`, args.quiet);
        const result = await runScenario(l.scenario, l.hash, pool, { replications, precision: args.precision, maxReplications: 500, seed }, progress);
        progress.finish();
        replications = result.runs.length;
        compared.push(await writeComparedScenario(folder, names[i]!, l, result.config, result.runs, seed, thisExecution(workers, started)));
      }
      await writeComparisonSummary(folder, compared, loaded, seed, replications as number, thisExecution(workers, started));
      folder.commit();
      console.log(`\n${comparisonTable(compared)}\n\nResults in ${folder.target} (open report.html)`);
    } catch (error) {
      folder.abandon();
      throw error;
    } finally {
      await pool.close();
    }
  },
};

function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : `${n}-${k}`;
  });
}
