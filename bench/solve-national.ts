import { join } from 'node:path';
import { packageRoot } from '../src/package-paths.js';
import { loadScenario } from '../src/scenario/load-scenario.js';
import { parseFlags } from './flags.js';
import { timedSolve } from './solve-network.js';

/**
 * `solve-national`: the national question from issue 10 through the CLI, timed (goal: under
 * 10 minutes on this machine):
 * `solve scenarios/national-baseline.yaml --scope national --target "pct_within_18_weeks>=0.92" --target-years 2030`.
 * With `--uncertainty 1` it solves with parameter uncertainty instead of solve's default.
 */
export async function solveNationalCommand(argv: readonly string[]): Promise<void> {
  const { values, json } = parseFlags(argv, { replications: 10, workers: 2, 'target-year': 2030, uncertainty: 0 });
  const scenario = join(packageRoot(), 'scenarios', 'national-baseline.yaml');
  const args = ['solve', scenario, '--scope', 'national', '--target', 'pct_within_18_weeks>=0.92', '--target-years', String(values['target-year']),
    '--replications', String(values.replications), '--workers', String(values.workers), '--quiet',
    ...(values.uncertainty ? ['--uncertainty', 'parameters'] : [])];
  const solve = timedSolve(args);
  // One run of the same years and replications, inputs as solve takes them: solve's cost as a
  // multiple of one run survives a busy machine better than seconds do.
  const years = String(values['target-year'] - (await loadScenario(scenario)).scenario.run.startYear + 1);
  const run = timedSolve(['run', scenario, '--years', years, '--replications', String(values.replications), '--workers', String(values.workers), '--quiet',
    '--uncertainty', values.uncertainty ? 'parameters' : 'none']);
  const result = {
    benchmark: 'solve-national', replications: values.replications, workers: values.workers, target_year: values['target-year'],
    uncertainty: values.uncertainty ? 'parameters' : 'default', solve_wall_s: solve.wall, solve_cpu_s: solve.cpu, solve_exit: solve.status,
    candidates_simulated: solve.evaluations, replications_simulated: solve.replications, run_wall_s: run.wall, run_cpu_s: run.cpu, solve_over_run: Math.round((solve.wall / run.wall) * 100) / 100,
  };
  console.log(json ? JSON.stringify(result) : Object.entries(result).map(([k, v]) => `${k.padEnd(22)} ${v}`).join('\n'));
}
