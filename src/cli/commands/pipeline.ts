import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { ReplicationPool } from '../../experiments/replication-pool.js';
import type { ReplicationMetrics } from '../../model/metrics.js';
import type { ModelConfig } from '../../model/model-config.js';
import { packageRoot } from '../../package-paths.js';
import { writeReport } from '../../report/index.js';
import { writeCsv } from '../../results/csv-writer.js';
import { formatNumber as f } from '../../results/format.js';
import { measure, sumScopeYear } from '../../results/measures.js';
import { OutputFolder } from '../../results/output-folder.js';
import { scopesOf } from '../../results/scopes.js';
import { packageVersion } from '../../results/write-run-results.js';
import type { LoadedScenario } from '../../scenario/load-scenario.js';
import { loadScenario } from '../../scenario/load-scenario.js';
import { toSupplyParams } from '../../scenario/supply-schema.js';
import {
  PIPELINE_BAND_COLUMNS, PIPELINE_COLUMNS, placesToCloseGap, replicateSupply, replicatedSupplyRecords,
  type FteNeed, type GapSolution, type LineGapResult, type PipelineBandRow, type SupplyParams,
} from '../../supply/index.js';
import { UsageError } from '../exit-codes.js';
import { checkWorkers, runOverrides, withSimulationOptions, type SimulationArgs } from '../shared-options.js';
import { runWithProgress } from '../run-with-progress.js';
import { openResults } from '../open-results.js';

type PipelineArgs = SimulationArgs & { scenario: string; closeGapBy?: number; includeBacklog: boolean };

export const pipelineCommand = {
  command: 'pipeline <scenario>',
  describe: 'Project workforce supply by role, network and year from the training pipeline, against the FTE the service needs',
  builder: (y: Argv) => withSimulationOptions(y)
    .positional('scenario', { type: 'string', demandOption: true, describe: 'Scenario file (YAML or JSON) with a supply: section' })
    .option('close-gap-by', { type: 'number', describe: 'Also find the training places a year, from next year on, that close each gap by this year' })
    .option('include-backlog', { type: 'boolean', default: false, describe: 'Count backlog-clearance FTE in the need as well as the recurring need from demand' }),
  handler: async (args: PipelineArgs) => {
    const workers = checkWorkers(args);
    const loaded = await loadScenario(args.scenario, { overrides: runOverrides(args) });
    const s = loaded.scenario;
    if (s.supply === undefined) throw new UsageError(`${s.name}: the scenario has no supply section (it was deleted with null); nothing to project`);
    const lastYear = s.run.startYear + s.run.years - 1;
    const byYear = args.closeGapBy === undefined ? undefined : checkByYear(args.closeGapBy, s.run.startYear, lastYear);
    const folder = openResults(args.out ?? join(packageRoot(), 'output', `pipeline-${s.name}`), args.force);
    const pool = new ReplicationPool(workers);
    const started = performance.now();
    try {
      const result = await runWithProgress(loaded, pool, args, `Workload of ${s.name}`);
      const need = fteNeedOf(result.config, result.runs, args.includeBacklog);
      const params = linesIn(toSupplyParams(s.supply), result.config.networkIds);
      const stepsPerYear = s.supply.stepsPerYear ?? 1;
      const projections = replicateSupply(params, { seed: s.run.seed, replications: result.runs.length, startYear: s.run.startYear, years: s.run.years, stepsPerYear });
      const rows = replicatedSupplyRecords(projections, need);
      await writeCsv(folder.path('pipeline.csv'), rows.map(formatRow), [...PIPELINE_COLUMNS, ...PIPELINE_BAND_COLUMNS]);
      const solution = byYear === undefined ? undefined
        : placesToCloseGap(linesWithNeed(params, need, byYear), need, byYear, { startYear: s.run.startYear, stepsPerYear, horizonYear: lastYear });
      if (solution !== undefined) await writeCsv(folder.path('training_places.csv'), solution.lines.map((line) => placesRow(line, solution.fromYear)), PLACES_COLUMNS);
      writeRunFiles(folder, loaded, { replications: result.runs.length, workers, byYear, wallTimeSeconds: (performance.now() - started) / 1000 });
      await writeCsv(folder.path('assumptions.csv'), loaded.assumptions.map((a) => ({ ...a })), ['path', 'value', 'unit', 'source']);
      await writeReport(folder.temp, { kind: 'pipeline' });
      folder.commit();
      console.log(`${s.name}: supply mode ${s.supply.mode}, ${result.runs.length} replications, seed ${s.run.seed}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
      console.log(`\n${summaryTable(rows, s.run.startYear, lastYear)}`);
      if (solution !== undefined) console.log(`\n${gapReport(solution, lastYear)}`);
      console.log(`\nResults in ${folder.target} (pipeline.csv${solution ? ', training_places.csv' : ''}; open report.html)`);
    } catch (error) {
      folder.abandon();
      throw error;
    } finally {
      await pool.close();
    }
  },
};

function checkByYear(value: number, startYear: number, lastYear: number): number {
  if (!Number.isInteger(value) || value < startYear || value > lastYear) {
    throw new UsageError(`--close-gap-by: expected a year from ${startYear} to ${lastYear} (the years the scenario simulates; change them with --years), got ${value}`);
  }
  return value;
}

/**
 * FTE needed by network, role and year: the mean over replications of the service model's
 * recurring need `fte_needed_<role>`, plus `fte_backlog_clearance_<role>` with --include-backlog.
 */
function fteNeedOf(config: ModelConfig, runs: readonly ReplicationMetrics[], includeBacklog: boolean): FteNeed {
  const means = new Map<string, number>();
  const networks = scopesOf(config).filter((scope) => scope.scope === 'network');
  for (let y = config.scenario.run.warmupYears; y < config.years; y++) {
    for (const scope of networks) {
      const perRun = runs.map((m) => measure(config, sumScopeYear(config, m, scope, y), m.weeksPerYear[y]!));
      for (const role of config.roleIds) {
        const values = perRun.map((v) => v.get(`fte_needed_${role}`)! + (includeBacklog ? v.get(`fte_backlog_clearance_${role}`)! : 0)).filter(Number.isFinite);
        const mean = values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
        means.set(`${config.startYear + y}|${scope.id}|${role}`, mean);
      }
    }
  }
  return (year, network, role) => means.get(`${year}|${network}|${role}`) ?? NaN;
}

/** Only the networks the scenario simulates: the others have no workload estimate. */
function linesIn(params: SupplyParams, networkIds: readonly string[]): SupplyParams {
  return { ...params, lines: params.lines.filter((line) => networkIds.includes(line.network)) };
}

/** Lines whose need is known at the target year (a role with no clinic time has none). */
function linesWithNeed(params: SupplyParams, need: FteNeed, byYear: number): SupplyParams {
  return { ...params, lines: params.lines.filter((line) => Number.isFinite(need(byYear, line.network, line.role))) };
}

function formatRow(row: PipelineBandRow): Record<string, string> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'number' ? f(value) : value]));
}

const PLACES_COLUMNS = [
  'network', 'role', 'from_year', 'by_year', 'status', 'reason', 'current_places_per_year', 'places_per_year',
  'fte_supply_by_year', 'fte_needed_by_year', 'gap_by_year', 'gap_without_change', 'earliest_effect_year',
  'earliest_closing_year', 'earliest_closing_places_per_year',
];

/** One training_places.csv row: the places that close the gap, or the best training alone achieves. */
function placesRow(line: LineGapResult, fromYear: number): Record<string, string> {
  const closable = line.status === 'closable';
  const reached = closable ? line.solution : line.bestByYear;
  return {
    network: line.network, role: line.role, from_year: String(fromYear), by_year: String(line.byYear),
    status: line.status, reason: closable ? '' : line.reason,
    current_places_per_year: f(line.currentPlacesPerYear), places_per_year: closable ? f(line.solution.placesPerYear) : '',
    fte_supply_by_year: f(reached.fteSupply), fte_needed_by_year: f(reached.fteNeeded), gap_by_year: f(reached.gap),
    gap_without_change: f(line.withoutChange.gap), earliest_effect_year: String(line.earliestEffectYear),
    earliest_closing_year: closable ? String(line.byYear) : String(line.earliestClosing?.year ?? ''),
    earliest_closing_places_per_year: closable ? f(line.solution.placesPerYear) : f(line.earliestClosing?.placesPerYear ?? NaN),
  };
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const fte = (x: number): string => (Math.abs(x) < 0.05 ? 0 : x).toFixed(1);
const pad = (cells: readonly string[], widths: readonly number[]): string =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');

/** National totals per role in the first and last year: supply, need and the gap between them. */
function summaryTable(rows: readonly PipelineBandRow[], firstYear: number, lastYear: number): string {
  const widths = [28, 6, 9, 10, 11, 11, 9];
  const lines = [pad(['role (all networks)', 'year', 'trainees', 'qualified', 'FTE supply', 'FTE needed', 'gap'], widths)];
  for (const role of [...new Set(rows.map((r) => r.role))]) {
    for (const year of [...new Set([firstYear, lastYear])]) {
      const at = rows.filter((r) => r.role === role && r.year === year);
      const supply = sum(at.map((r) => r.fte_supply)), needed = sum(at.map((r) => r.fte_needed));
      lines.push(pad([role, String(year), fte(sum(at.map((r) => r.trainees))), fte(sum(at.map((r) => r.qualified_headcount))), fte(supply), fte(needed), fte(needed - supply)], widths));
    }
  }
  return `${lines.join('\n')}\n(gap = FTE needed - FTE supply; positive is a shortfall. Supply is qualified staff in post, trainees excluded.)`;
}

/** What the training places that close the gap are, per role, and plainly where training alone cannot. */
function gapReport(solution: GapSolution, lastYear: number): string {
  const out = [`Training places a year from ${solution.fromYear} that close the gap by ${solution.byYear} (totals over networks; each network in training_places.csv):`];
  for (const role of [...new Set(solution.lines.map((l) => l.role))]) {
    const lines = solution.lines.filter((l) => l.role === role);
    const stuck = lines.filter((l): l is Extract<LineGapResult, { status: 'not_closable' }> => l.status === 'not_closable');
    const now = fte(sum(lines.map((l) => l.currentPlacesPerYear)));
    if (stuck.length === 0) {
      const places = sum(lines.map((l) => (l.status === 'closable' ? l.solution.placesPerYear : 0)));
      const noGap = lines.every((l) => l.withoutChange.gap <= 0);
      // The solver gives the fewest whole places per network that close the gap in that one year, which may be fewer than now.
      out.push(noGap ? `  ${role}: no gap in ${solution.byYear} at the current ${now} places a year` : `  ${role}: ${places} places a year (now ${now})`);
      continue;
    }
    const names = stuck.map((l) => l.network).join(', ');
    const best = sum(stuck.map((l) => l.bestByYear.fteSupply)), needed = sum(stuck.map((l) => l.bestByYear.fteNeeded));
    out.push(`  ${role}: NOT POSSIBLE by training alone by ${solution.byYear} in ${stuck.length} of ${lines.length} networks (${names}).`);
    const effect = Math.min(...stuck.map((l) => l.earliestEffectYear));
    if (stuck.some((l) => l.reason === 'too_soon')) out.push(`    Places changed from ${solution.fromYear} first reach posts in ${effect} (training plus time to fill).`);
    out.push(`    By ${solution.byYear} training can give ${fte(best)} FTE there against ${fte(needed)} FTE needed (gap ${fte(needed - best)}).`);
    const never = stuck.filter((l) => l.earliestClosing === undefined);
    const reachable = stuck.filter((l) => l.earliestClosing !== undefined);
    if (reachable.length > 0) {
      const year = Math.max(...reachable.map((l) => l.earliestClosing!.year));
      const places = sum(reachable.map((l) => l.earliestClosing!.placesPerYear));
      out.push(`    Achievable: by ${year}${reachable.length < stuck.length ? ` in ${reachable.map((l) => l.network).join(', ')}` : ''}, with ${places} places a year there (now ${fte(sum(reachable.map((l) => l.currentPlacesPerYear)))}).`);
    }
    if (never.length > 0) out.push(`    Not achievable by training by ${lastYear} (the last simulated year) in ${never.map((l) => l.network).join(', ')}: recruitment or retention must close it.`);
  }
  return out.join('\n');
}

function writeRunFiles(folder: OutputFolder, loaded: LoadedScenario, meta: { replications: number; workers: number; byYear: number | undefined; wallTimeSeconds: number }): void {
  const s = loaded.scenario;
  const runJson = {
    name: s.name, kind: 'pipeline', description: s.description, version: packageVersion(), command: `cgs-sim ${process.argv.slice(2).join(' ')}`,
    seed: s.run.seed, replications: meta.replications, workers: meta.workers,
    years: [s.run.startYear, s.run.startYear + s.run.years - 1], startYear: s.run.startYear,
    supplyMode: s.supply?.mode, closeGapBy: meta.byYear ?? null, wallTimeSeconds: meta.wallTimeSeconds,
    scenarioHash: loaded.hash, scenarioFiles: loaded.chain, createdBy: `cgs-sim ${packageVersion()} on Node ${process.version}`,
  };
  writeFileSync(folder.path('run.json'), `${JSON.stringify(runJson, null, 2)}\n`);
  writeFileSync(folder.path('scenario.resolved.yaml'), loaded.resolvedYaml);
}
