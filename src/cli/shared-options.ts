import { availableParallelism } from 'node:os';
import type { Argv } from 'yargs';
import { UNCERTAINTY_MODES } from '../scenario/schema/uncertainty.js';
import { UsageError } from './exit-codes.js';

/** Options every simulating command shares. */
export interface SimulationArgs {
  readonly set: string[];
  readonly seed?: number;
  readonly years?: number;
  readonly warmupYears?: number;
  readonly replications?: string;
  readonly uncertainty?: string;
  readonly precision: number;
  readonly workers: number;
  readonly quiet: boolean;
  readonly force: boolean;
  readonly out?: string;
}

export function withSimulationOptions<T>(y: Argv<T>) {
  return y
    .option('set', { type: 'string', array: true, default: [] as string[], describe: 'Override a scenario value: --set path=value (repeatable)' })
    .option('seed', { type: 'number', describe: 'Master random seed (default: the scenario\'s run.seed)' })
    .option('years', { type: 'number', describe: 'Years to simulate (default: the scenario\'s run.years)' })
    .option('warmup-years', { type: 'number', describe: 'Years discarded from the statistics (for scenarios that start empty; default: run.warmupYears)' })
    .option('replications', { type: 'string', describe: 'Replications: a number, or "auto" to run until --precision is reached (default: run.replications)' })
    .option('uncertainty', { type: 'string', choices: UNCERTAINTY_MODES, describe: 'parameters: draw every uncertain input once per replication, so intervals include input uncertainty; none: inputs at their values (default: run.uncertainty)' })
    .option('precision', { type: 'number', default: 0.05, describe: 'Relative 95% CI half-width wanted with --replications auto' })
    .option('workers', { type: 'number', default: availableParallelism(), describe: 'Worker threads (results are identical for any number)' })
    .option('quiet', { type: 'boolean', default: false, describe: 'No progress bar' })
    .option('force', { type: 'boolean', default: false, describe: 'Replace existing results: only a folder cgs-sim wrote (with its run.json), never a file or another folder' })
    .option('out', { type: 'string', describe: 'Results folder (default: output/<scenario name>/)' });
}

/** Turns the run flags into scenario overrides, so the resolved scenario records them. */
export function runOverrides(args: SimulationArgs): string[] {
  checkPrecision(args.precision);
  const sets = [...args.set];
  if (args.seed !== undefined) sets.push(`run.seed=${requireInteger(args.seed, '--seed', 0)}`);
  if (args.years !== undefined) sets.push(`run.years=${requireInteger(args.years, '--years', 1)}`);
  if (args.warmupYears !== undefined) sets.push(`run.warmupYears=${requireInteger(args.warmupYears, '--warmup-years', 0)}`);
  const r = args.replications;
  if (r !== undefined && r !== 'auto') {
    if (!/^\s*\d+\s*$/.test(r)) throw new UsageError(`--replications: expected a whole number or "auto", got '${r}'`);
    sets.push(`run.replications=${requireInteger(Number(r), '--replications', 1)}`);
  }
  if (args.uncertainty !== undefined) sets.push(`run.uncertainty=${args.uncertainty}`);
  return sets;
}

export function replicationsArg(args: SimulationArgs, scenarioDefault: number): number | 'auto' {
  return args.replications === 'auto' ? 'auto' : args.replications !== undefined ? Number(args.replications) : scenarioDefault;
}

/** More worker threads than this only costs memory: each holds a whole replication. */
export const MAX_WORKERS = 256;

export function checkWorkers(args: SimulationArgs): number {
  const workers = requireInteger(args.workers, '--workers', 1);
  if (workers > MAX_WORKERS) throw new UsageError(`--workers: expected at most ${MAX_WORKERS}, got ${workers}`);
  return workers;
}

/** `--precision` is a relative half-width: above 0 (else auto never stops short of its cap), at most 1. */
export function checkPrecision(precision: number): void {
  if (!(precision > 0 && precision <= 1)) throw new UsageError(`--precision: expected a number above 0 and at most 1 (0.05 = ±5%), got ${precision}`);
}

export function requireInteger(value: number, flag: string, min: number): number {
  if (!Number.isInteger(value) || value < min) throw new UsageError(`${flag}: expected an integer >= ${min}, got ${value}`);
  return value;
}

/** `--data DIR`: local tables that replace default rows with the same key (run, compare, validate, calibrate). */
export function withDataOption<T>(y: Argv<T>) {
  return y.option('data', { type: 'string', array: true, default: [] as string[], describe: 'Folder of local data tables (named as in data/) whose rows replace the default rows with the same key and add new ones (repeatable)' });
}
