import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { stringify } from 'yaml';
import { ReplicationPool } from '../../experiments/replication-pool.js';
import { analyticFte, availableFte, workloadFte } from '../../experiments/solve/estimates.js';
import { planRecruitment, timeToFillMonths } from '../../experiments/solve/plan-scenario.js';
import { solveUnit, type UnitSolution } from '../../experiments/solve/search.js';
import { parseTargets } from '../../experiments/solve/targets.js';
import { replicationSchedule } from '../../experiments/solve/evaluate.js';
import { solveUnits } from '../../experiments/solve/units.js';
import { compileModel } from '../../model/model-config.js';
import { packageRoot } from '../../package-paths.js';
import { writeReport } from '../../report/index.js';
import { SOLVE_UNCERTAINTY_NOTES } from '../../report/kinds/staffing-notes.js';
import { writeCsv } from '../../results/csv-writer.js';
import { formatNumber as f } from '../../results/format.js';
import { metricNames } from '../../results/measures.js';
import { packageVersion } from '../../results/write-run-results.js';
import { loadScenario } from '../../scenario/load-scenario.js';
import type { Scenario } from '../../scenario/schema/scenario.js';
import { UsageError } from '../exit-codes.js';
import { checkWorkers, runOverrides, withSimulationOptions, type SimulationArgs } from '../shared-options.js';
import { openResults } from '../open-results.js';

interface SolveArgs extends Omit<SimulationArgs, 'years'> {
  scenario: string; target: string[]; roles?: string; years?: string; targetYears?: string; scope: 'cgs' | 'network' | 'national'; step: number; maxExtraFteShare: number;
}

export const solveCommand = {
  command: 'solve <scenario>',
  describe: 'Find the least-cost extra FTE by role, year by year, that meets a waiting-time target with 95% confidence',
  builder: (y: Argv) => withSimulationOptions(y)
    .positional('scenario', { type: 'string', demandOption: true })
    .option('target', { type: 'string', array: true, demandOption: true, describe: 'metric>=value or metric<=value, e.g. "pct_within_18_weeks>=0.92" (repeatable)' })
    .option('roles', { type: 'string', describe: 'Comma-separated roles that may be added (default: every qualified role in the skill-mix table)' })
    // Read as a string only to catch a range meant for --target-years; it is a count as in `run`.
    .option('years', { type: 'string', describe: 'Years to simulate, a count (default: the scenario\'s run.years)' })
    .option('target-years', { type: 'string', describe: 'Years the target must hold, e.g. 2030-2032 or 2030 (default: every year)' })
    .option('scope', { choices: ['cgs', 'network', 'national'] as const, default: 'network' as const, describe: 'Meet the target in each CGS, each network, or nationally' })
    .option('step', { type: 'number', default: 0.2, describe: 'FTE step a planner can recruit' })
    .option('max-extra-fte-share', { type: 'number', default: 3, describe: 'Search bound: extra FTE of a role at most this multiple of its FTE in the unit (at least 1 FTE)' }),
  handler: async (args: SolveArgs) => {
    const years = yearsCount(args.years);
    const workers = checkWorkers({ ...args, years });
    // Inputs at their values unless --uncertainty parameters is asked for: see UNCERTAINTY_NOTE.
    const uncertainty = args.uncertainty ?? 'none';
    const loaded = await loadScenario(args.scenario, { overrides: runOverrides({ ...args, years, uncertainty }) });
    const s = loaded.scenario;
    const config = compileModel(s);
    const options = parseOptions(args, s, metricNames(config));
    const folder = openResults(args.out ?? join(packageRoot(), 'output', `solve-${s.name}`), args.force);

    const pool = new ReplicationPool(workers);
    const started = performance.now();
    try {
      const units = solveUnits(s, args.scope);
      let evaluations = 0;
      // Units are independent searches: solved at once, their candidates share the worker pool.
      // Each unit's path depends only on its own results, so the plan is the same for any worker count.
      const solutions: UnitSolution[] = await Promise.all(units.map((unit) => solveUnit(s, unit, pool, options, () => {
        evaluations++;
        if (!args.quiet && process.stderr.isTTY) process.stderr.write(`\rSolving ${args.scope === 'national' ? 'nationally' : `${units.length} ${args.scope} unit(s)`}: ${evaluations} candidate staffings simulated `);
      })));
      if (!args.quiet && process.stderr.isTTY) process.stderr.write('\n');
      const infeasible = solutions.filter((x) => !x.feasible);
      if (infeasible.length > 0) throw new UsageError(unreachableMessage(infeasible, options.targets.map((t) => t.metric), s.run.startYear));
      const rows = planRows(s, solutions, options);
      await writeCsv(folder.path('staffing_plan.csv'), rows);
      writeFileSync(folder.path('recruitment_plan.yaml'), `# Paste under workforce.recruitment in a scenario to apply this plan. fromDate is the date staff are in post\n# (recruited at the start of a financial year, in post a role's time to fill a post later).\n${stringify(solutions.flatMap((x) => planRecruitment(s, x.unit, x.plan)))}`);
      writeFileSync(folder.path('scenario.resolved.yaml'), loaded.resolvedYaml);
      writeFileSync(folder.path('run.json'), `${JSON.stringify({
        name: `solve ${s.name}`, kind: 'solve', targets: options.targets.map((t) => t.text), roles: options.roles, scope: args.scope,
        years: [s.run.startYear, s.run.startYear + s.run.years - 1], targetYears: options.yearIndices.map((y) => s.run.startYear + y),
        startYear: s.run.startYear, timeToFillMonths: Object.fromEntries(options.roles.map((r) => [r, timeToFillMonths(s, r)])), stepFte: options.stepFte, seed: options.seed, uncertainty: s.run.uncertainty, replications: options.schedule.max, replicationSchedule: options.schedule, workers, evaluations,
        replicationsSimulated: solutions.reduce((a, x) => a + x.replications, 0),
        scenarioHash: loaded.hash, scenarioFiles: loaded.chain, version: packageVersion(), wallTimeSeconds: (performance.now() - started) / 1000,
        createdBy: `cgs-sim ${packageVersion()} on Node ${process.version}`,
      }, null, 2)}\n`);
      await writeReport(folder.temp, { kind: 'solve' });
      folder.commit();
      printPlan(rows, s.run.startYear + Math.max(...options.yearIndices));
      console.log(`\n${SOLVE_UNCERTAINTY_NOTES[s.run.uncertainty]}`);
      const replicated = solutions.reduce((a, x) => a + x.replications, 0);
      console.log(`\n${evaluations} candidate staffings simulated (${replicated} replications, stopping each as soon as its target decision was clear) in ${((performance.now() - started) / 1000).toFixed(1)} s. Results in ${folder.target} (staffing_plan.csv, recruitment_plan.yaml, report.html)`);
    } catch (error) {
      folder.abandon();
      throw error;
    } finally {
      await pool.close();
    }
  },
};

/**
 * `--years` is a count of years to simulate, as in every command. A year or a range (the
 * meaning it once had in solve) stops with the corrected command, before anything runs.
 */
function yearsCount(years: string | undefined): number | undefined {
  if (years === undefined) return undefined;
  const text = years.trim();
  if (/^\d{4}(-\d{4})?$/.test(text)) {
    throw new UsageError(`--years ${text}: --years is the number of years to simulate (as in run); the years a target must hold go in --target-years.\n` +
      `Did you mean:\n  cgs-sim ${correctedCommand(text)}`);
  }
  const count = Number(text);
  if (!/^\d+$/.test(text)) throw new UsageError(`--years ${text}: expected a whole number of years to simulate, e.g. --years 10 (target years go in --target-years 2030-2032)`);
  return count;
}

/** The command as typed with --years RANGE replaced by --target-years RANGE. */
function correctedCommand(range: string): string {
  const argv = process.argv.slice(2);
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--years' && argv[i + 1]?.trim() === range) { out.push('--target-years', range); i++; }
    else if (a === `--years=${range}`) out.push(`--target-years=${range}`);
    else out.push(/[\s"'<>|&;]/.test(a) ? `"${a.replace(/"/g, '\\"')}"` : a);
  }
  return out.join(' ');
}

function parseOptions(args: SolveArgs, s: Scenario, metrics: string[]) {
  let targets;
  try { targets = parseTargets(args.target, metrics); } catch (error) { throw new UsageError((error as Error).message); }
  const allRoles = Object.keys(s.workforce.roles);
  const roles = args.roles !== undefined ? args.roles.split(',').map((r) => r.trim()).filter(Boolean)
    : allRoles.filter((r) => !s.workforce.roles[r]!.isTrainee && Object.values(s.workforce.skillMix).some((list) => list?.includes(r)));
  const unknown = roles.filter((r) => !allRoles.includes(r));
  if (unknown.length > 0 || roles.length === 0) throw new UsageError(`--roles: ${unknown.length ? `unknown role(s) ${unknown.join(', ')}` : 'no roles given'}; expected some of ${allRoles.join(', ')}`);
  const first = s.run.startYear, last = s.run.startYear + s.run.years - 1;
  let from = first, to = last;
  if (args.targetYears !== undefined) {
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(args.targetYears.trim());
    if (!m) throw new UsageError(`--target-years ${args.targetYears}: expected YEAR or FROM-TO, e.g. 2030-2032`);
    from = Number(m[1]); to = Number(m[2] ?? m[1]);
    if (from > to || from < first || to > last) throw new UsageError(`--target-years ${args.targetYears}: expected years within the scenario's ${first}-${last} (simulate longer with --years N)`);
  }
  if (!(args.step > 0)) throw new UsageError(`--step: expected an FTE step > 0, got ${args.step}`);
  if (!(args.maxExtraFteShare > 0)) throw new UsageError(`--max-extra-fte-share: expected a number > 0, got ${args.maxExtraFteShare}`);
  const replications = args.replications === undefined ? 10 : args.replications === 'auto' ? (() => { throw new UsageError('solve needs a fixed --replications: the most a candidate gets (default 10)'); })() : Number(args.replications);
  return {
    targets, roles, yearIndices: Array.from({ length: to - from + 1 }, (_, i) => from - first + i), stepFte: args.step,
    maxExtraShare: args.maxExtraFteShare, schedule: replicationSchedule(replications), seed: s.run.seed,
  };
}

/** staffing_plan.csv: each year, the baseline's workload and analytic estimates (one simulation) beside the simulated plan. */
function planRows(s: Scenario, solutions: UnitSolution[], o: ReturnType<typeof parseOptions>): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  const roles = Object.keys(s.workforce.roles);
  const lastYear = Math.max(...o.yearIndices);
  for (const solution of solutions) {
    for (let y = 0; y <= lastYear; y++) {
      const before = solution.baseline.get(y)!;
      const weeks = before.runs[0]!.weeksPerYear[y]!;
      const outcome = solution.outcomes[y]!;
      roles.forEach((role, r) => {
        const available = availableFte(before.sums, r);
        const extra = solution.plan[y]?.get(role) ?? 0;
        const cost = s.workforce.roles[role]!.annualCostPerFteGbp;
        rows.push({
          year: String(s.run.startYear + y), scope: solution.unit.scope, scope_id: solution.unit.id, role,
          fte_available: f(available), fte_needed_workload: f(workloadFte(before.config, before.sums, r, weeks)),
          fte_needed_analytic: f(analyticFte(before.config, before.sums, r, weeks, s.demand.priorities.routine.targetWaitWeeks)),
          fte_needed_simulated: f(available + extra), additional_fte: f(extra), annual_cost: f((available + extra) * cost), additional_cost_gbp: f(extra * cost),
          target_met: outcome.met ? 'yes' : o.yearIndices.includes(y) ? 'no' : 'not required',
          ...Object.fromEntries(o.targets.map((t, i) => [`target_${i + 1}_value`, f(outcome.achieved.get(t.metric)!.mean)])),
        });
      });
    }
  }
  return rows;
}

function unreachableMessage(infeasible: UnitSolution[], metrics: string[], startYear: number): string {
  return `target cannot be met within the search bounds (nothing written):\n` + infeasible.map((x) => {
    const last = x.outcomes[x.outcomes.length - 1]!;
    const achieved = metrics.map((m) => `${m} ${f(last.achieved.get(m)!.mean)} (95% CI ${f(last.achieved.get(m)!.low)}–${f(last.achieved.get(m)!.high)})`).join(', ');
    return `  ${x.unit.scope} ${x.unit.id}, ${startYear + last.yearIndex}: best achieved ${achieved}; binding constraint: ${x.binding}`;
  }).join('\n');
}

function printPlan(rows: Record<string, string>[], year: number): void {
  const shown = rows.filter((r) => Number(r.year) === year && Number(r.additional_fte) > 0);
  console.log(`Extra FTE in post by ${year}/${String((year + 1) % 100).padStart(2, '0')} to meet the target:`);
  if (shown.length === 0) console.log('  none: current staffing meets the target');
  for (const r of shown) console.log(`  ${r.scope} ${r.scope_id}: +${r.additional_fte} ${r.role} (workload estimate ${r.fte_needed_workload}, analytic ${r.fte_needed_analytic}, simulated ${r.fte_needed_simulated} FTE; +£${Math.round(Number(r.additional_cost_gbp)).toLocaleString('en-GB')} a year)`);
}
