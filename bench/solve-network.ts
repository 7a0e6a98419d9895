import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/package-paths.js';
import { parseFlags } from './flags.js';

/**
 * `solve-network`: the planner's question from issue 10 through the CLI, timed:
 * `solve scenarios/network-east.yaml --target "pct_within_18_weeks>=0.92" --target-years 2034-2035`,
 * beside one `run` of the same scenario with the same replications, so the cost of a solve
 * reads as a multiple of one run (a ratio that survives a busy machine better than seconds).
 * `--uncertainty 1` solves with parameter uncertainty (the run always uses the scenario's own mode).
 */
export async function solveNetworkCommand(argv: readonly string[]): Promise<void> {
  const { values, json } = parseFlags(argv, { replications: 10, workers: 2, uncertainty: 0 });
  const scenario = join(packageRoot(), 'scenarios', 'network-east.yaml');
  const common = ['--replications', String(values.replications), '--workers', String(values.workers), '--quiet'];
  const run = timedSolve(['run', scenario, ...common]);
  const uncertainty = values.uncertainty ? ['--uncertainty', 'parameters'] : [];
  const solve = timedSolve(['solve', scenario, '--target', 'pct_within_18_weeks>=0.92', '--target-years', '2034-2035', ...common, ...uncertainty]);
  const result = {
    benchmark: 'solve-network', replications: values.replications, workers: values.workers,
    run_wall_s: run.wall, solve_wall_s: solve.wall, run_cpu_s: run.cpu, solve_cpu_s: solve.cpu, solve_exit: solve.status, candidates_simulated: solve.evaluations, replications_simulated: solve.replications,
    solve_over_run: round(solve.wall / run.wall), solve_over_run_cpu: round(solve.cpu / run.cpu),
  };
  console.log(json ? JSON.stringify(result) : Object.entries(result).map(([k, v]) => `${k.padEnd(22)} ${v}`).join('\n'));
}

/** One CLI command in a fresh process and a temporary results folder: wall seconds, exit status and run.json's counts. */
export function timedSolve(args: readonly string[]): { wall: number; cpu: number; status: number | null; evaluations: number; replications: number } {
  const out = mkdtempSync(join(tmpdir(), 'cgs-bench-solve-'));
  const target = join(out, 'results');
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const child = spawnSync(process.execPath, [join(packageRoot(), 'bin', 'cgs-sim'), ...args, '--out', target], { encoding: 'utf8' });
  const wall = round((performance.now() - started) / 1000);
  const cpu = round(childrenCpuSeconds() - cpuBefore);
  let evaluations = NaN, replications = NaN;
  try {
    const run = JSON.parse(readFileSync(join(target, 'run.json'), 'utf8')) as { evaluations?: number; replicationsSimulated?: number };
    evaluations = run.evaluations ?? NaN;
    replications = run.replicationsSimulated ?? NaN;
  } catch { /* an unreachable target writes nothing */ }
  rmSync(out, { recursive: true, force: true });
  if (child.status !== 0 && child.status !== 2) throw new Error(`cgs-sim ${args[0]} failed:\n${child.stderr}`);
  return { wall, cpu, status: child.status, evaluations, replications };
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * CPU seconds (user + system, every thread) of the waited-for child processes so far, from
 * /proc/self/stat (Linux; NaN elsewhere). On a machine shared with other work, CPU seconds move
 * far less than wall time, so before/after comparisons read them first.
 */
function childrenCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    // After the command name: field 16 (cutime) and 17 (cstime) of proc(5) are at 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

/** sysconf(_SC_CLK_TCK): 100 on every Linux this runs on. */
const CLOCK_TICKS_PER_SECOND = 100;
