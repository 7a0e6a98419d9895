import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { calibrateScenario } from '../../calibration/calibrate-scenario.js';
import { calibratedYaml, FIT_COLUMNS, fitRows, PARAMETER_COLUMNS, parameterRows } from '../../calibration/fit-tables.js';
import { FitError } from '../../calibration/parameters.js';
import { ReplicationPool } from '../../experiments/replication-pool.js';
import { packageRoot } from '../../package-paths.js';
import { writeReport } from '../../report/index.js';
import { writeCsv } from '../../results/csv-writer.js';
import { packageVersion } from '../../results/write-run-results.js';
import { loadScenario } from '../../scenario/load-scenario.js';
import { readObserved } from '../../scenario/observed.js';
import { UsageError } from '../exit-codes.js';
import { openResults } from '../open-results.js';
import { checkWorkers, requireInteger, runOverrides, withDataOption, withSimulationOptions, type SimulationArgs } from '../shared-options.js';

/** Replications per evaluation unless --replications says otherwise: few, since common random numbers make comparisons sharp. */
const DEFAULT_REPLICATIONS = 3;

interface CalibrateArgs extends SimulationArgs {
  readonly scenario: string;
  readonly observed: string;
  readonly fit: string[];
  readonly data: string[];
  readonly maxEvaluations: number;
}

export const calibrateCommand = {
  command: 'calibrate <scenario>',
  describe: 'Fit scenario parameters to observed figures by simulation; writes calibrated.yaml, fit.csv, parameters.csv and report.html',
  builder: (y: Argv) => withDataOption(withSimulationOptions(y))
    .positional('scenario', { type: 'string', demandOption: true })
    .option('observed', { type: 'string', demandOption: true, describe: 'Observed figures: CSV year,scope,scope_id,metric,value,source,confidence[,low,high,weight] (see data/observed/)' })
    .option('fit', { type: 'string', array: true, default: [] as string[], describe: 'Parameter to fit: a scenario path, demand.rateMultiplier.<indication or group>, or startWaitingList.scale[.<cgs>]; optional =LOW:HIGH (repeatable; default: a small set the figures can identify)' })
    .option('max-evaluations', { type: 'number', default: 40, describe: 'Simulations the search may use (each runs --replications replications of the years the figures need)' }),
  handler: async (args: CalibrateArgs) => {
    const workers = checkWorkers(args);
    if (args.replications === 'auto') throw new UsageError('calibrate: --replications auto is not supported; give a number (default 3 per evaluation)');
    const replications = args.replications === undefined ? DEFAULT_REPLICATIONS : requireInteger(Number(args.replications), '--replications', 1);
    const maxEvaluations = requireInteger(args.maxEvaluations, '--max-evaluations', 1);
    const loaded = await loadScenario(args.scenario, { overrides: runOverrides(args), dataOverlays: args.data });
    const observations = await readObserved(args.observed);
    const s = loaded.scenario;
    const folder = openResults(args.out ?? join(packageRoot(), 'output', `calibrate-${s.name}`), args.force);
    const pool = new ReplicationPool(workers);
    const started = performance.now();
    try {
      const calibration = await calibrateScenario(s, observations, pool, {
        replications, seed: s.run.seed, maxEvaluations, fit: args.fit,
        onEvaluation: (n, objective) => { if (!args.quiet && process.stderr.isTTY) process.stderr.write(`\rEvaluation ${n}: objective ${objective.toFixed(2)}   `); },
      }).catch((error: unknown) => { throw error instanceof FitError ? new UsageError(error.message) : error; });
      if (!args.quiet && process.stderr.isTTY) process.stderr.write('\n');
      const fits = fitRows(calibration);
      const params = parameterRows(calibration);
      await writeCsv(folder.path('fit.csv'), fits, FIT_COLUMNS);
      await writeCsv(folder.path('parameters.csv'), params, PARAMETER_COLUMNS);
      writeFileSync(folder.path('calibrated.yaml'), calibratedYaml(calibration, s, loaded.file, folder.target));
      writeFileSync(folder.path('scenario.resolved.yaml'), loaded.resolvedYaml);
      writeFileSync(folder.path('run.json'), `${JSON.stringify({
        name: `calibrate ${s.name}`, kind: 'calibrate', description: `Fit to ${args.observed}`, scenarioFiles: loaded.chain, scenarioHash: loaded.hash,
        observed: args.observed, fit: calibration.parameters.map((p) => p.name), evaluations: calibration.fit.evaluations,
        objectiveBefore: calibration.fit.objectiveBefore, objectiveAfter: calibration.fit.objectiveAfter,
        version: packageVersion(), seed: s.run.seed, replications, workers, startYear: s.run.startYear,
        years: [s.run.startYear, s.run.startYear + calibration.yearsSimulated - 1],
        wallTimeSeconds: (performance.now() - started) / 1000, createdBy: `cgs-sim ${packageVersion()} on Node ${process.version}`,
      }, null, 2)}\n`);
      await writeReport(folder.temp, { kind: 'calibrate' });
      folder.commit();
      printSummary(fits, params, calibration.fit.evaluations, (performance.now() - started) / 1000, folder.target);
    } catch (error) {
      folder.abandon();
      throw error;
    } finally {
      await pool.close();
    }
  },
};

function printSummary(fits: ReturnType<typeof fitRows>, params: ReturnType<typeof parameterRows>, evaluations: number, seconds: number, target: string): void {
  console.log(`${evaluations} simulations, ${seconds.toFixed(0)} s.\n\nParameters:`);
  for (const p of params) console.log(`  ${p.parameter} = ${p.value} (95% ${p.ci_low}-${p.ci_high}, started ${p.initial})${p.identified === 'yes' ? '' : `  NOT IDENTIFIED: ${p.why_not}`}`);
  console.log('\nObserved vs simulated:');
  for (const r of fits) {
    const verdict = r.used_in_fit === 'yes' ? (r.reproduced === 'yes' ? 'reproduced' : 'missed') : r.simulated_mean === '' ? 'not compared' : `check only: ${r.reproduced === 'yes' ? 'reproduced' : 'missed'}`;
    const by = r.difference_share === '' ? '' : ` (${Math.round(Number(r.difference_share) * 100)}%)`;
    console.log(`  ${r.year} ${r.scope} ${r.scope_id} ${r.metric}: observed ${r.observed}, simulated ${r.simulated_mean || '-'}${by}: ${verdict}`);
  }
  console.log(`\nResults in ${target} (calibrated.yaml, fit.csv, parameters.csv; open report.html)`);
}
