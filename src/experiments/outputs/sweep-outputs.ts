import { writeFileSync } from 'node:fs';
import { writeReport } from '../../report/index.js';
import { writeCsv } from '../../results/csv-writer.js';
import { formatNumber as f } from '../../results/format.js';
import { meanInterval } from '../../results/mean-interval.js';
import { packageVersion, type ResultSink } from '../../results/write-run-results.js';
import type { LoadedScenario } from '../../scenario/load-scenario.js';
import type { SweepSetting, Variation } from '../sweep-plan.js';
import type { Execution } from './execution.js';

/** Year and metric of each national value a sweep keeps per replication. */
export type NationalKeys = readonly { readonly year: number; readonly metric: string }[];

/** sweep.csv rows for one setting, from each replication's national values (in `keys` order). */
export function sweepRows(setting: SweepSetting, keys: NationalKeys, perReplication: readonly Float64Array[]): Record<string, string>[] {
  const values = new Float64Array(perReplication.length);
  return keys.map(({ year, metric }, k) => {
    perReplication.forEach((v, r) => { values[r] = v[k]!; });
    const ci = meanInterval(values);
    return {
      parameter: setting.parameter, value: setting.value, low_or_high: setting.lowOrHigh, metric, year: String(year),
      mean: f(ci.mean), ci_low: f(ci.low), ci_high: f(ci.high),
    };
  });
}

export interface SweepDesign {
  readonly base: LoadedScenario;
  readonly variations: readonly Variation[];
  readonly grid: boolean;
  readonly settings: number;
  readonly seed: number;
  readonly replications: number;
}

/** sweep.csv, run.json, scenario.resolved.yaml and report.html, shared by `sweep` and `merge`. */
export async function writeSweepOutputs(folder: ResultSink, design: SweepDesign, rows: readonly Record<string, string>[], execution: Execution): Promise<void> {
  const { base } = design;
  const run = base.scenario.run;
  const { shards, ...own } = execution;
  await writeCsv(folder.path('sweep.csv'), rows);
  writeFileSync(folder.path('run.json'), `${JSON.stringify({
    name: `sweep ${base.scenario.name}`, kind: 'sweep', scenarioFiles: base.chain, scenarioHash: base.hash, variations: design.variations, grid: design.grid,
    settings: design.settings, version: packageVersion(), seed: design.seed, replications: design.replications, ...own,
    startYear: run.startYear, years: [run.startYear, run.startYear + run.years - 1],
    createdBy: `cgs-sim ${packageVersion()} on Node ${process.version}`, ...(shards ? { shards } : {}),
  }, null, 2)}\n`);
  writeFileSync(folder.path('scenario.resolved.yaml'), base.resolvedYaml);
  await writeReport(folder.path('.'), { kind: 'sweep' });
}
