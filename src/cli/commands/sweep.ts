import { join } from 'node:path';
import type { Argv } from 'yargs';
import { thisExecution } from '../../experiments/outputs/execution.js';
import { sweepRows, writeSweepOutputs } from '../../experiments/outputs/sweep-outputs.js';
import { ReplicationPool } from '../../experiments/replication-pool.js';
import { runScenario } from '../../experiments/run-scenario.js';
import { nationalKeys, nationalValues } from '../../experiments/shards/replication-records.js';
import { parseVariations, sweepSettings } from '../../experiments/sweep-plan.js';
import { packageRoot } from '../../package-paths.js';
import { loadScenario } from '../../scenario/load-scenario.js';
import { UsageError } from '../exit-codes.js';
import { progressReporter } from '../progress.js';
import { checkWorkers, replicationsArg, runOverrides, withSimulationOptions, type SimulationArgs } from '../shared-options.js';
import { shardSweep } from '../shard-command.js';
import { shardFromArgs, shardsLocalFromArgs, withShardOptions, type ShardArgs } from '../shard-options.js';
import { runShardsLocally } from '../shards-local.js';
import { openResults } from '../open-results.js';

export const sweepCommand = {
  command: 'sweep <scenario>',
  describe: 'Sensitivity of the national metrics to parameters: one-way (tornado) or a full grid',
  builder: (y: Argv) => withShardOptions(withSimulationOptions(y))
    .positional('scenario', { type: 'string', demandOption: true })
    .option('vary', { type: 'string', array: true, demandOption: true, describe: 'path=low:high[:steps] (repeatable)' })
    .option('grid', { type: 'boolean', default: false, describe: 'Full factorial grid instead of one parameter at a time' }),
  handler: async (args: SimulationArgs & ShardArgs & { scenario: string; vary: string[]; grid: boolean }) => {
    const workers = checkWorkers(args);
    const local = shardsLocalFromArgs(args);
    if (local !== null) return runShardsLocally(local, args);
    const shard = shardFromArgs(args);
    const base = await loadScenario(args.scenario, { overrides: runOverrides(args) });
    let variations;
    try {
      variations = parseVariations(args.vary, base.scenario);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const settings = sweepSettings(variations, args.grid);
    // Check every setting is a valid scenario before simulating any.
    const loadedSettings = [];
    for (const s of settings) loadedSettings.push(await loadScenario(args.scenario, { overrides: [...runOverrides(args), ...s.overrides] }));
    if (shard !== null) return shardSweep(base, settings, loadedSettings, { variations, grid: args.grid }, shard, { ...args, workers });
    const folder = openResults(args.out ?? join(packageRoot(), 'output', `sweep-${base.scenario.name}`), args.force);
    const pool = new ReplicationPool(workers);
    const started = performance.now();
    const rows: Record<string, string>[] = [];
    try {
      const replications = replicationsArg(args, base.scenario.run.replications);
      for (const [i, setting] of settings.entries()) {
        const loaded = loadedSettings[i]!;
        const progress = progressReporter(`Setting ${i + 1}/${settings.length}`, args.quiet);
        const result = await runScenario(loaded.scenario, loaded.hash, pool, { replications, precision: args.precision, maxReplications: 500, seed: base.scenario.run.seed }, progress);
        progress.finish();
        rows.push(...sweepRows(setting, nationalKeys(result.config), result.runs.map((m) => nationalValues(result.config, m))));
      }
      const design = { base, variations, grid: args.grid, settings: settings.length, seed: base.scenario.run.seed, replications: replications as number };
      await writeSweepOutputs(folder, design, rows, thisExecution(workers, started));
      folder.commit();
      console.log(`${settings.length} settings × ${replications} replications. Results in ${folder.target}/sweep.csv (open report.html)`);
    } catch (error) {
      folder.abandon();
      throw error;
    } finally {
      await pool.close();
    }
  },
};
