import { join } from 'node:path';
import { compileModel } from '../model/model-config.js';
import type { LoadedScenario } from '../scenario/load-scenario.js';
import type { SweepSetting, Variation } from '../experiments/sweep-plan.js';
import { keyAxes, type CompareShardPlan, type RunShardPlan, type SweepShardPlan } from '../experiments/shards/merged-outputs.js';
import { nationalKeys } from '../experiments/shards/replication-records.js';
import { scenarioText } from '../experiments/shards/shard-scenario.js';
import { thisExecution } from '../experiments/outputs/execution.js';
import { ReplicationPool } from '../experiments/replication-pool.js';
import { runShard, writeShard, type ShardWork } from '../experiments/shards/run-shard.js';
import { shardLabel, type ShardSpec } from '../experiments/shards/shard-plan.js';
import { packageRoot } from '../package-paths.js';
import { openResults } from './open-results.js';
import { progressReporter } from './progress.js';
import { checkShardFits } from './shard-options.js';

/**
 * Runs one shard of a command's replications and writes its folder (records and run.json),
 * through the same safe output folder as every result. Default folder: output/<name>-shard-K-of-N.
 */
export async function runShardCommand(work: ShardWork, name: string, options: { out?: string; force: boolean; quiet: boolean; workers: number }): Promise<void> {
  checkShardFits(work.shard, work.units.length * work.replications, work.units.length > 1 ? 'scenario replications' : 'replications');
  const out = options.out ?? join(packageRoot(), 'output', `${name}-shard-${work.shard.index}-of-${work.shard.count}`);
  const folder = openResults(out, options.force);
  const pool = new ReplicationPool(options.workers);
  const started = performance.now();
  const progress = progressReporter(`Shard ${shardLabel(work.shard)}`, options.quiet);
  try {
    const result = await runShard(work, pool, progress);
    progress.finish();
    await writeShard(folder, result, thisExecution(options.workers, started));
    folder.commit();
    const { from, to } = result.header.jobs;
    console.log(`Shard ${shardLabel(work.shard)} of ${name}: ${to - from} of ${work.units.length * work.replications} replications, seed ${work.seed}, `
      + `${((performance.now() - started) / 1000).toFixed(1)} s. Records in ${folder.target} (combine with cgs-sim merge)`);
  } catch (error) {
    folder.abandon();
    throw error;
  } finally {
    await pool.close();
  }
}

type ShardOptions = Parameters<typeof runShardCommand>[2];

/** `run --shard K/N`: this shard's replications of one scenario. */
export function shardRun(loaded: LoadedScenario, shard: ShardSpec, options: ShardOptions): Promise<void> {
  const s = loaded.scenario;
  const plan: RunShardPlan = { scenario: scenarioText(loaded) };
  return runShardCommand({ kind: 'run', units: [loaded], labels: [s.name], seed: s.run.seed, replications: s.run.replications, shard, plan, keep: 'metrics' }, s.name, options);
}

/** `compare --shard K/N`: this shard's block of every scenario's replications (common random numbers kept). */
export function shardCompare(loaded: readonly LoadedScenario[], names: readonly string[], seed: number, shard: ShardSpec, options: ShardOptions): Promise<void> {
  const plan: CompareShardPlan = { names, scenarios: loaded.map(scenarioText) };
  const work = { kind: 'compare', units: loaded, labels: names, seed, replications: loaded[0]!.scenario.run.replications, shard, plan, keep: 'metrics' } as const;
  return runShardCommand(work, `compare-${names.join('-vs-')}`.slice(0, 120), options);
}

/** `sweep --shard K/N`: this shard's block of (setting, replication) jobs, keeping national values only. */
export function shardSweep(base: LoadedScenario, settings: readonly SweepSetting[], loaded: readonly LoadedScenario[], design: { variations: readonly Variation[]; grid: boolean },
  shard: ShardSpec, options: ShardOptions): Promise<void> {
  const plan: SweepShardPlan = {
    base: scenarioText(base), baseName: base.scenario.name, variations: design.variations, grid: design.grid, settings,
    keys: loaded.map((l) => keyAxes(nationalKeys(compileModel(l.scenario)))),
  };
  const labels = settings.map((s) => `${s.parameter}${s.value === '' ? '' : `=${s.value}`}`);
  const work = { kind: 'sweep', units: loaded, labels, seed: base.scenario.run.seed, replications: base.scenario.run.replications, shard, plan, keep: 'national' } as const;
  return runShardCommand(work, `sweep-${base.scenario.name}`, options);
}
