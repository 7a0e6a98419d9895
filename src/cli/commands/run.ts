import { join } from 'node:path';
import type { Argv } from 'yargs';
import { ReplicationPool } from '../../experiments/replication-pool.js';
import { defaultScenarioFile, packageRoot } from '../../package-paths.js';
import { writeReport } from '../../report/index.js';
import { ChartRenderPool } from '../../report/chart-render-pool.js';
import { chartsOfRows } from '../../report/early-charts.js';
import { writeRunResults } from '../../results/write-run-results.js';
import { loadScenario } from '../../scenario/load-scenario.js';
import { headlineTable } from '../headline.js';
import { checkWorkers, runOverrides, withDataOption, withSimulationOptions, type SimulationArgs } from '../shared-options.js';
import { runWithProgress } from '../run-with-progress.js';
import { shardFromArgs, shardsLocalFromArgs, withShardOptions, type ShardArgs } from '../shard-options.js';
import { shardRun } from '../shard-command.js';
import { runShardsLocally } from '../shards-local.js';
import { openResults } from '../open-results.js';

export const runCommand = {
  command: 'run [scenario]',
  describe: 'Simulate a scenario (default: the national baseline) and write results, charts and report.html',
  builder: (y: Argv) => withDataOption(withShardOptions(withSimulationOptions(y))).positional('scenario', { type: 'string', describe: 'Scenario file (YAML or JSON)' }),
  handler: async (args: SimulationArgs & ShardArgs & { scenario?: string; data: string[] }) => {
    const file = args.scenario ?? defaultScenarioFile();
    const workers = checkWorkers(args);
    const local = shardsLocalFromArgs(args);
    if (local !== null) return runShardsLocally(local, args);
    const shard = shardFromArgs(args);
    const load = () => loadScenario(file, { overrides: runOverrides(args), dataOverlays: args.data });
    if (shard !== null) return shardRun(await load(), shard, { ...args, workers });
    // With several workers the charts are drawn side by side too (one worker draws them on this
    // thread); their threads start once a worker has no replication left, on the core it frees.
    const charts = workers > 1 ? new ChartRenderPool(workers) : undefined;
    // The replication threads load their code while this thread reads the scenario.
    const pool = new ReplicationPool(workers, () => charts?.warm()).start();
    const started = performance.now();
    let loaded: Awaited<ReturnType<typeof load>>;
    let folder: ReturnType<typeof openResults>;
    try {
      loaded = await load();
      folder = openResults(args.out ?? join(packageRoot(), 'output', loaded.scenario.name), args.force);
    } catch (error) {
      await pool.close();
      throw error;
    }
    const s = loaded.scenario;
    try {
      const result = await runWithProgress(loaded, pool, args, `Running ${s.name}`);
      charts?.warm();
      // The report reads the result files' rows as written rather than reading the files back.
      const rowsInHand = new Map<string, readonly Record<string, string>[]>();
      const table = await writeRunResults(folder, loaded, result.config, result.runs, {
        seed: s.run.seed, replications: result.runs.length, workers, wallTimeSeconds: (performance.now() - started) / 1000,
        command: `cgs-sim ${process.argv.slice(2).join(' ')}`,
      }, (file, rows) => {
        rowsInHand.set(file, rows);
        charts?.drawEarly(join(folder.temp, 'charts'), chartsOfRows(folder.temp, file, rows, loaded.resolvedYaml));
      });
      await writeReport(folder.temp, { kind: 'run', writeChart: charts?.write, rowsInHand });
      folder.commit();
      console.log(`${s.name}: ${result.runs.length} replications, seed ${s.run.seed}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
      if (args.replications === 'auto') console.log(`Largest relative 95% half-width of the headline metrics: ${(result.precisionReached * 100).toFixed(1)}% (target ${(args.precision * 100).toFixed(1)}%)`);
      console.log(`\n${headlineTable(table)}\n\nResults in ${folder.target} (open report.html)`);
    } catch (error) {
      folder.abandon();
      throw error;
    } finally {
      await Promise.all([pool.close(), charts?.close()]);
    }
  },
};
