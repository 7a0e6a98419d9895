import { writeFileSync } from 'node:fs';
import type { ReplicationMetrics } from '../../model/metrics.js';
import { compileModel, type ModelConfig } from '../../model/model-config.js';
import { packageVersion, type ResultSink } from '../../results/write-run-results.js';
import type { LoadedScenario } from '../../scenario/load-scenario.js';
import type { Execution } from '../outputs/execution.js';
import type { ReplicationPool } from '../replication-pool.js';
import { metricsLayout, metricsToRecord, nationalLayout, nationalValues, type RecordLayout } from './replication-records.js';
import { SHARD_FILE, SHARD_FORMAT, SHARD_FORMAT_VERSION, writeShardFile, type ShardHeader, type ShardKind } from './shard-file.js';
import { shardLabel, shareOf, type ShardSpec } from './shard-plan.js';

/** What a command asks a shard to do: its units (scenarios or settings), and what to keep of each replication. */
export interface ShardWork {
  readonly kind: ShardKind;
  readonly units: readonly LoadedScenario[];
  readonly labels: readonly string[];
  readonly seed: number;
  readonly replications: number;
  readonly shard: ShardSpec;
  /** Kind-specific facts the merge needs (see merged-outputs.ts); identical in every shard of a run. */
  readonly plan: unknown;
  /** Full metrics (run, compare) or only the national values (sweep). */
  readonly keep: 'metrics' | 'national';
}

/** The shard's records, in job order, with everything of the header but its execution. */
export interface ShardResult {
  readonly header: Omit<ShardHeader, 'execution'>;
  readonly records: Float64Array[][];
}

/**
 * Runs this shard's block of the jobs, unit by unit, keeping only what the merge needs of each
 * replication (so a sweep shard never holds more than one setting's full metrics).
 */
export async function runShard(work: ShardWork, pool: ReplicationPool, onProgress?: (done: number, total: number) => void): Promise<ShardResult> {
  const R = work.replications;
  const jobs = shareOf(work.units.length * R, work.shard);
  const configs = work.units.map((u) => compileModel(u.scenario));
  const layouts: RecordLayout[] = configs.map((c) => (work.keep === 'metrics' ? metricsLayout(c) : nationalLayout(c)));
  const keep = (config: ModelConfig, m: ReplicationMetrics) => (work.keep === 'metrics' ? metricsToRecord(m) : [nationalValues(config, m)]);
  const records: Float64Array[][] = [];
  for (const [u, unit] of work.units.entries()) {
    const from = Math.max(jobs.from, u * R);
    const to = Math.min(jobs.to, (u + 1) * R);
    if (from >= to) continue;
    const done = records.length;
    const batch = Array.from({ length: to - from }, (_, i) => ({ scenario: unit.scenario, hash: unit.hash, seed: work.seed, replication: from + i - u * R }));
    const runs = await pool.run(batch, (d) => onProgress?.(done + d, jobs.to - jobs.from));
    for (const m of runs) records.push(keep(configs[u]!, m));
  }
  const header = {
    format: SHARD_FORMAT, formatVersion: SHARD_FORMAT_VERSION, version: packageVersion(), kind: work.kind, shard: work.shard,
    seed: work.seed, replications: R, units: work.units.map((u, i) => ({ label: work.labels[i]!, hash: u.hash, arrays: layouts[i]! })),
    jobs, plan: work.plan,
  } as const;
  return { header, records };
}

/**
 * Writes the shard folder: the records file, and a run.json that says what the shard is (it
 * also marks the folder as cgs-sim results, so --force may replace it).
 */
export async function writeShard(folder: ResultSink, result: ShardResult, execution: Execution): Promise<void> {
  const { shards: _, ...own } = execution;
  const header: ShardHeader = { ...result.header, execution: own };
  await writeShardFile(folder.path(SHARD_FILE), header, result.records);
  writeFileSync(folder.path('run.json'), `${JSON.stringify({
    name: `shard ${shardLabel(header.shard)} of ${header.kind} ${header.units[0]?.label ?? ''}`.trim(), kind: 'shard', shardOf: header.kind,
    shard: shardLabel(header.shard), jobs: [header.jobs.from, header.jobs.to], units: header.units.map((u) => ({ label: u.label, scenarioHash: u.hash })),
    seed: header.seed, replications: header.replications, version: header.version, ...own,
    records: `${SHARD_FILE} (format ${SHARD_FORMAT} version ${SHARD_FORMAT_VERSION}; combine shards with cgs-sim merge)`,
    createdBy: `cgs-sim ${packageVersion()} on Node ${process.version}`,
  }, null, 2)}\n`);
}
