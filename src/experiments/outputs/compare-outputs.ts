import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReplicationMetrics } from '../../model/metrics.js';
import type { ModelConfig } from '../../model/model-config.js';
import { writeReport } from '../../report/index.js';
import { writeCsv } from '../../results/csv-writer.js';
import { packageVersion, writeRunResults, type ResultSink } from '../../results/write-run-results.js';
import type { LoadedScenario } from '../../scenario/load-scenario.js';
import { comparisonRows, type ComparedScenario } from '../comparison.js';
import type { Execution } from './execution.js';

/**
 * The files of `compare`, shared by the command and by `merge` so both write the same bytes:
 * each scenario's run results in a subfolder, then comparison.csv, run.json and report.html.
 */
export async function writeComparedScenario(folder: ResultSink, name: string, loaded: LoadedScenario, config: ModelConfig,
  runs: readonly ReplicationMetrics[], seed: number, execution: Execution): Promise<ComparedScenario> {
  const dir = folder.path(name);
  mkdirSync(dir);
  const table = await writeRunResults({ path: (n) => join(dir, n) }, loaded, config, runs, { seed, replications: runs.length, ...execution });
  await writeReport(dir, { kind: 'run' });
  return { name, table };
}

export async function writeComparisonSummary(folder: ResultSink, compared: readonly ComparedScenario[], loaded: readonly LoadedScenario[],
  seed: number, replications: number, execution: Execution): Promise<void> {
  const names = compared.map((c) => c.name);
  const first = loaded[0]!.scenario.run;
  await writeCsv(folder.path('comparison.csv'), comparisonRows(compared));
  const { shards, ...own } = execution;
  writeFileSync(folder.path('run.json'), `${JSON.stringify({
    name: `compare ${names.join(' vs ')}`, kind: 'compare', scenarios: names, scenarioFiles: loaded.map((l) => l.file),
    scenarioHashes: loaded.map((l) => l.hash), version: packageVersion(), seed, replications, ...own, commonRandomNumbers: true,
    startYear: first.startYear, years: [first.startYear, first.startYear + first.years - 1],
    createdBy: `cgs-sim ${packageVersion()} on Node ${process.version}`, ...(shards ? { shards } : {}),
  }, null, 2)}\n`);
  await writeReport(folder.path('.'), { kind: 'compare' });
}
