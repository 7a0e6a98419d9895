import { compileModel } from '../../model/model-config.js';
import { writeReport } from '../../report/index.js';
import { writeRunResults, type ResultSink } from '../../results/write-run-results.js';
import type { ComparedScenario } from '../comparison.js';
import { writeComparedScenario, writeComparisonSummary } from '../outputs/compare-outputs.js';
import type { Execution } from '../outputs/execution.js';
import { sweepRows, writeSweepOutputs, type NationalKeys } from '../outputs/sweep-outputs.js';
import type { SweepSetting, Variation } from '../sweep-plan.js';
import type { MergedShards } from './merge-shards.js';
import { recordToMetrics } from './replication-records.js';
import { scenarioFromText, type ScenarioText } from './shard-scenario.js';

/** What each kind of shard carries in its header's `plan`. */
export interface RunShardPlan {
  readonly scenario: ScenarioText;
}
export interface CompareShardPlan {
  readonly names: readonly string[];
  readonly scenarios: readonly ScenarioText[];
}
export interface SweepShardPlan {
  readonly base: ScenarioText;
  readonly baseName: string;
  readonly variations: readonly Variation[];
  readonly grid: boolean;
  readonly settings: readonly SweepSetting[];
  /** Per setting: the years and metrics of its national records (values are year-major). */
  readonly keys: readonly { readonly years: readonly number[]; readonly metrics: readonly string[] }[];
}

export function keyAxes(keys: NationalKeys): SweepShardPlan['keys'][number] {
  return { years: [...new Set(keys.map((k) => k.year))], metrics: [...new Set(keys.map((k) => k.metric))] };
}

const expand = (axes: SweepShardPlan['keys'][number]): NationalKeys => axes.years.flatMap((year) => axes.metrics.map((metric) => ({ year, metric })));

/**
 * Writes merged shards as the single-machine command would have: the same writers, fed the
 * same replications in the same order, so every CSV and chart is byte-identical.
 */
export async function writeMergedOutputs(folder: ResultSink, merged: MergedShards, execution: Execution): Promise<void> {
  const { header, units } = merged;
  const where = `shard ${merged.shards[0]!.dir}`;
  const runsOf = (u: number) => units[u]!.map((record) => recordToMetrics(header.units[u]!.arrays, record));
  const meta = { seed: header.seed, replications: header.replications, ...execution };
  switch (header.kind) {
    case 'run': {
      const loaded = scenarioFromText((header.plan as RunShardPlan).scenario, where);
      await writeRunResults(folder, loaded, compileModel(loaded.scenario), runsOf(0), meta);
      await writeReport(folder.path('.'), { kind: 'run' });
      return;
    }
    case 'compare': {
      const plan = header.plan as CompareShardPlan;
      const loaded = plan.scenarios.map((t) => scenarioFromText(t, where));
      const compared: ComparedScenario[] = [];
      for (const [i, l] of loaded.entries()) {
        compared.push(await writeComparedScenario(folder, plan.names[i]!, l, compileModel(l.scenario), runsOf(i), header.seed, execution));
      }
      await writeComparisonSummary(folder, compared, loaded, header.seed, header.replications, execution);
      return;
    }
    case 'sweep': {
      const plan = header.plan as SweepShardPlan;
      const rows = plan.settings.flatMap((s, i) => sweepRows(s, expand(plan.keys[i]!), units[i]!.map((record) => record[0]!)));
      const design = { base: scenarioFromText(plan.base, where), variations: plan.variations, grid: plan.grid, settings: plan.settings.length, seed: header.seed, replications: header.replications };
      await writeSweepOutputs(folder, design, rows, execution);
      return;
    }
  }
}

/** The merged results' own execution: elapsed time if the shards ran side by side, and all their workers. */
export function mergedExecution(merged: MergedShards, own: Execution): Execution {
  const longest = Math.max(...merged.shards.map((s) => s.wallTimeSeconds));
  return {
    command: own.command, host: own.host, workers: merged.shards.reduce((n, s) => n + s.workers, 0), wallTimeSeconds: longest + own.wallTimeSeconds,
    shards: merged.shards.map(({ dir: _, ...s }) => s),
  };
}
