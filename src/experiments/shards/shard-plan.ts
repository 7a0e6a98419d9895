/**
 * Which jobs a shard runs. The work of a command is a list of jobs (unit u, replication r) in
 * unit-major order: unit = a scenario of `compare`, a setting of `sweep`, the one scenario of
 * `run`. Shard K of N takes a contiguous block of that list. A job's random streams depend
 * only on (seed, replication), never on the shard, so any split merges to the single run.
 */
export interface ShardSpec {
  /** 1-based: 1..count. */
  readonly index: number;
  readonly count: number;
}

/** Half-open range [from, to) of job numbers for a shard: blocks differ in size by at most one. */
export function shareOf(totalJobs: number, shard: ShardSpec): { readonly from: number; readonly to: number } {
  return {
    from: Math.floor(((shard.index - 1) * totalJobs) / shard.count),
    to: Math.floor((shard.index * totalJobs) / shard.count),
  };
}

/** Job number `job` as (unit, replication) when every unit runs `replications` replications. */
export function jobAt(job: number, replications: number): { readonly unit: number; readonly replication: number } {
  return { unit: Math.floor(job / replications), replication: job % replications };
}

export const shardLabel = (s: ShardSpec): string => `${s.index}/${s.count}`;

/** Environment variables batch schedulers set to a task's index in an array of tasks. */
export const SHARD_INDEX_VARIABLES = {
  /** Kubernetes Indexed Job: 0..completions-1. */
  kubernetes: 'JOB_COMPLETION_INDEX',
  /** Slurm job array submitted with --array=1-N: 1..N. */
  slurm: 'SLURM_ARRAY_TASK_ID',
} as const;

/**
 * Parses `K/N` or `auto/N`. With `auto`, K comes from the scheduler's index variable:
 * JOB_COMPLETION_INDEX is 0-based (K = index + 1), SLURM_ARRAY_TASK_ID is 1-based.
 * Throws an Error whose message names the flag, the value and what was expected.
 */
export function parseShard(text: string, env: Readonly<Record<string, string | undefined>>): ShardSpec {
  const match = /^(auto|\d+)\/(\d+)$/.exec(text.trim());
  if (!match) throw new Error(`--shard: expected K/N (e.g. 2/8) or auto/N, got \`${text}\``);
  const count = Number(match[2]);
  if (!Number.isSafeInteger(count) || count < 1) throw new Error(`--shard ${text}: N must be an integer >= 1, got \`${match[2]}\``);
  const index = match[1] === 'auto' ? indexFromScheduler(text, env) : Number(match[1]);
  if (!Number.isSafeInteger(index) || index < 1 || index > count) {
    throw new Error(`--shard ${text}: K must be between 1 and ${count}, got ${index}`);
  }
  return { index, count };
}

function indexFromScheduler(text: string, env: Readonly<Record<string, string | undefined>>): number {
  const k8s = env[SHARD_INDEX_VARIABLES.kubernetes];
  if (k8s !== undefined && k8s !== '') return integerFrom(text, SHARD_INDEX_VARIABLES.kubernetes, k8s) + 1;
  const slurm = env[SHARD_INDEX_VARIABLES.slurm];
  if (slurm !== undefined && slurm !== '') return integerFrom(text, SHARD_INDEX_VARIABLES.slurm, slurm);
  throw new Error(`--shard ${text}: neither ${SHARD_INDEX_VARIABLES.kubernetes} (Kubernetes Indexed Job) nor ${SHARD_INDEX_VARIABLES.slurm} (Slurm array) is set; give K/N instead`);
}

function integerFrom(text: string, name: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`--shard ${text}: ${name} must be a whole number, got \`${value}\``);
  return Number(value);
}
