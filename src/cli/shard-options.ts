import type { Argv } from 'yargs';
import { parseShard, type ShardSpec } from '../experiments/shards/shard-plan.js';
import { UsageError } from './exit-codes.js';
import { requireInteger, type SimulationArgs } from './shared-options.js';

/** Options of the simulating commands that split their replications over machines. */
export interface ShardArgs {
  readonly shard?: string;
  readonly shardsLocal?: number;
}

export function withShardOptions<T>(y: Argv<T>) {
  return y
    .option('shard', {
      type: 'string',
      describe: 'Run only shard K of N of the replications (K from 1) and write its records to --out for `cgs-sim merge`; '
        + 'auto/N takes K from JOB_COMPLETION_INDEX (Kubernetes, 0-based) or SLURM_ARRAY_TASK_ID (Slurm --array=1-N)',
    })
    .option('shards-local', { type: 'number', describe: 'Run N shard processes on this machine and merge them into --out (the path a cluster takes)' });
}

/** The shard this process runs, or null when unsharded; bad combinations are usage errors. */
export function shardFromArgs(args: SimulationArgs & ShardArgs): ShardSpec | null {
  if (args.shard === undefined) return null;
  refuseAuto(args, '--shard');
  try {
    return parseShard(args.shard, process.env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** `--shards-local N` checked: the number of shard processes to start. */
export function shardsLocalFromArgs(args: SimulationArgs & ShardArgs): number | null {
  if (args.shardsLocal === undefined) return null;
  if (args.shard !== undefined) throw new UsageError('--shard and --shards-local cannot be combined: --shards-local starts the shards itself');
  refuseAuto(args, '--shards-local');
  return requireInteger(args.shardsLocal, '--shards-local', 1);
}

function refuseAuto(args: SimulationArgs, flag: string): void {
  if (args.replications === 'auto') {
    throw new UsageError(`${flag} cannot be used with --replications auto: when to stop depends on every replication, so shards cannot decide it apart; give a number, e.g. --replications 200`);
  }
}

/** A shard's work must cover at least one job per shard, or shard numbering would hide a mistake. */
export function checkShardFits(shard: ShardSpec, jobs: number, what: string): void {
  if (shard.count > jobs) throw new UsageError(`--shard ${shard.index}/${shard.count}: only ${jobs} ${what} to share, fewer than ${shard.count} shards`);
}
