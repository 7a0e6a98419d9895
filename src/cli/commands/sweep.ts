import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { ReplicationPool } from '../../experiments/replication-pool.js';
import { runScenario } from '../../experiments/run-scenario.js';
import { parseVariations, sweepSettings } from '../../experiments/sweep-plan.js';
import { meanInterval } from '../../results/mean-interval.js';
import { packageRoot } from '../../package-paths.js';
import { writeReport } from '../../report/index.js';
import { writeCsv } from '../../results/csv-writer.js';
import { formatNumber as f } from '../../results/format.js';
import { replicationTable } from '../../results/replication-table.js';
import { packageVersion } from '../../results/write-run-results.js';
import { loadScenario } from '../../scenario/load-scenario.js';
import { UsageError } from '../exit-codes.js';
import { progressReporter } from '../progress.js';
import { checkWorkers, replicationsArg, runOverrides, withSimulationOptions, type SimulationArgs } from '../shared-options.js';
import { openResults } from '../open-results.js';

export const sweepCommand = {
  command: 'sweep <scenario>',
  describe: 'Sensitivity of the national metrics to parameters: one-way (tornado) or a full grid',
  builder: (y: Argv) => withSimulationOptions(y)
    .positional('scenario', { type: 'string', demandOption: true })
    .option('vary', { type: 'string', array: true, demandOption: true, describe: 'path=low:high[:steps] (repeatable)' })
    .option('grid', { type: 'boolean', default: false, describe: 'Full factorial grid instead of one parameter at a time' }),
  handler: async (args: SimulationArgs & { scenario: string; vary: string[]; grid: boolean }) => {
    const workers = checkWorkers(args);
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
        for (const s of replicationTable(result.config, result.runs)) {
          if (s.scope.scope !== 'national') continue;
          const ci = meanInterval(s.values);
          rows.push({
            parameter: setting.parameter, value: setting.value, low_or_high: setting.lowOrHigh, metric: s.metric, year: String(s.year),
            mean: f(ci.mean), ci_low: f(ci.low), ci_high: f(ci.high),
          });
        }
      }
      await writeCsv(folder.path('sweep.csv'), rows);
      writeFileSync(folder.path('run.json'), `${JSON.stringify({
        name: `sweep ${base.scenario.name}`, kind: 'sweep', scenarioFiles: base.chain, scenarioHash: base.hash, variations, grid: args.grid,
        settings: settings.length, version: packageVersion(), seed: base.scenario.run.seed, replications, workers,
        startYear: base.scenario.run.startYear, years: [base.scenario.run.startYear, base.scenario.run.startYear + base.scenario.run.years - 1],
        wallTimeSeconds: (performance.now() - started) / 1000, createdBy: `cgs-sim ${packageVersion()} on Node ${process.version}`,
      }, null, 2)}\n`);
      writeFileSync(folder.path('scenario.resolved.yaml'), base.resolvedYaml);
      await writeReport(folder.temp, { kind: 'sweep' });
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
