import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { ReplicationPool } from '../../experiments/replication-pool.js';
import { packageRoot } from '../../package-paths.js';
import { writeReport } from '../../report/index.js';
import { ASSUMPTIONS_COLUMNS, RESULT_FILES } from '../../results/columns.js';
import { writeCsv } from '../../results/csv-writer.js';
import { formatNumber as f } from '../../results/format.js';
import { OutputFolder } from '../../results/output-folder.js';
import { packageVersion } from '../../results/write-run-results.js';
import type { LoadedScenario } from '../../scenario/load-scenario.js';
import { loadScenario } from '../../scenario/load-scenario.js';
import { supplyContextOf, toSupplyParams } from '../../scenario/supply-to-params.js';
import {
  ANCHOR_COLUMNS, checkAnchors, FLOW_COLUMNS, flowRows, PIPELINE_BAND_COLUMNS, PIPELINE_COLUMNS, placesToCloseGap, replicateSupply,
  replicatedSupplyRecords, SUPERVISION_COLUMNS, supervisionRows, type AnchorCheck, type FteNeed, type LineGapResult,
  type PipelineBandRow, type SupplyParams, type SupplyProjection,
} from '../../supply/index.js';
import { UsageError } from '../exit-codes.js';
import { runWithProgress } from '../run-with-progress.js';
import { checkWorkers, runOverrides, withSimulationOptions, type SimulationArgs } from '../shared-options.js';
import { openResults } from '../open-results.js';
import { allocationRequest, runAllocation, writeAllocation } from './pipeline-allocation.js';
import { fteNeedOf } from './pipeline-need.js';
import { allocationReport, anchorReport, gapReport, summaryTable } from './pipeline-text.js';
import { DEFAULT_WAITS_REPLICATIONS, runAllocationWaits, waitsReport, waitsRequest } from './pipeline-waits.js';

type PipelineArgs = SimulationArgs & {
  scenario: string; closeGapBy?: number; allocatePlaces?: number; roles?: string[]; includeBacklog: boolean; withWaits: boolean; waitsReplications?: number;
};

export const pipelineCommand = {
  command: 'pipeline <scenario>',
  describe: 'Project workforce supply by role, network and year from the training pipeline, against the FTE the service needs',
  builder: (y: Argv) => withSimulationOptions(y)
    .positional('scenario', { type: 'string', demandOption: true, describe: 'Scenario file (YAML or JSON) with a supply: section' })
    .option('close-gap-by', { type: 'number', describe: 'Also find the training places a year, from next year on, that close each gap by this year' })
    .option('include-backlog', { type: 'boolean', default: false, describe: 'Count backlog-clearance FTE in the need as well as the recurring need from demand' })
    .option('allocate-places', { type: 'number', describe: 'Split N national training places a year per role between the networks to close the final year\'s gaps (writes training_allocation.csv)' })
    .option('roles', { type: 'string', array: true, describe: 'Roles (qualified role ids) to allocate places for; default every role with training places' })
    .option('with-waits', { type: 'boolean', default: false, describe: 'With --allocate-places: also run the service model with staffing from the pipeline under the current places, the proposed split and the population-share split, and compare the final year\'s waits between networks (writes training_allocation_waits.csv)' })
    .option('waits-replications', { type: 'number', describe: `Replications of each split with --with-waits (same seed for all three; default ${DEFAULT_WAITS_REPLICATIONS})` }),
  handler: async (args: PipelineArgs) => {
    const workers = checkWorkers(args);
    const loaded = await loadScenario(args.scenario, { overrides: runOverrides(args) });
    const s = loaded.scenario;
    if (s.supply === undefined) throw new UsageError(`${s.name}: the scenario has no supply section (it was deleted with null); nothing to project`);
    const lastYear = s.run.startYear + s.run.years - 1;
    const byYear = args.closeGapBy === undefined ? undefined : checkByYear(args.closeGapBy, s.run.startYear, lastYear);
    const context = supplyContextOf(s);
    const allParams = toSupplyParams(s.supply, context);
    const years = { startYear: s.run.startYear, fromYear: s.run.startYear + 1, finalYear: lastYear, stepsPerYear: s.supply.stepsPerYear ?? 1 };
    const request = allocationRequest(args.allocatePlaces, args.roles, allParams, years.fromYear);
    const waitsReplications = waitsRequest(args.withWaits, args.waitsReplications, args.allocatePlaces);
    const folder = openResults(args.out ?? join(packageRoot(), 'output', `pipeline-${s.name}`), args.force);
    const pool = new ReplicationPool(workers);
    const started = performance.now();
    try {
      const result = await runWithProgress(loaded, pool, args, `Workload of ${s.name}`);
      const need = fteNeedOf(result.config, result.runs, args.includeBacklog);
      const params = linesIn(allParams, result.config.networkIds);
      const projections = replicateSupply(params, { seed: s.run.seed, replications: result.runs.length, startYear: s.run.startYear, years: s.run.years, stepsPerYear: years.stepsPerYear });
      const rows = replicatedSupplyRecords(projections, need);
      await writeCsv(folder.path(RESULT_FILES.pipeline), rows.map(formatRow), [...PIPELINE_COLUMNS, ...PIPELINE_BAND_COLUMNS]);
      const anchors = await writeSupplyFiles(folder, projections, s.supply.anchors ?? [], result.config.networkIds.length === Object.keys(s.geography.networks).length);
      const solution = byYear === undefined ? undefined
        : placesToCloseGap(linesWithNeed(params, need, byYear), need, byYear, { startYear: s.run.startYear, stepsPerYear: years.stepsPerYear, horizonYear: lastYear });
      if (solution !== undefined) await writeCsv(folder.path(RESULT_FILES.trainingPlaces), solution.lines.map((line) => placesRow(line, solution.fromYear)), PLACES_COLUMNS);
      const allocation = request === undefined ? undefined : runAllocation(request, params, need, years, context.populationByNetwork ?? {});
      if (allocation !== undefined) await writeAllocation((name) => folder.path(name), allocation);
      const waitsStarted = performance.now();
      const waits = allocation === undefined || waitsReplications === undefined ? undefined
        : await runAllocationWaits(s, allocation, pool, { fromYear: years.fromYear, replications: waitsReplications, quiet: args.quiet, path: (name) => folder.path(name) });
      const waitsSeconds = (performance.now() - waitsStarted) / 1000;
      writeRunFiles(folder, loaded, { replications: result.runs.length, workers, byYear, allocatePlaces: request?.totalPlaces, waitsReplications, wallTimeSeconds: (performance.now() - started) / 1000 });
      await writeCsv(folder.path(RESULT_FILES.assumptions), loaded.assumptions.map((a) => ({ ...a })), [...ASSUMPTIONS_COLUMNS]);
      await writeReport(folder.temp, { kind: 'pipeline' });
      folder.commit();
      console.log(`${s.name}: supply mode ${s.supply.mode}, ${result.runs.length} replications, seed ${s.run.seed}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
      console.log(`\n${summaryTable(rows, s.run.startYear, lastYear)}`);
      if (anchors.length > 0) console.log(`\n${anchorReport(anchors)}`);
      if (solution !== undefined) console.log(`\n${gapReport(solution, lastYear)}`);
      if (allocation !== undefined) console.log(`\n${allocationReport(allocation, request!.totalPlaces, years.fromYear, lastYear)}`);
      if (waits !== undefined) console.log(`\n${waitsReport(waits, waitsSeconds)}`);
      const files = [RESULT_FILES.pipeline, RESULT_FILES.supplyFlows, RESULT_FILES.supplySupervision, ...(anchors.length > 0 ? [RESULT_FILES.supplyAnchors] : []),
        ...(solution ? [RESULT_FILES.trainingPlaces] : []), ...(allocation ? [RESULT_FILES.trainingAllocation, RESULT_FILES.trainingAllocationSummary] : []),
        ...(waits ? [RESULT_FILES.trainingAllocationWaits] : [])];
      console.log(`\nResults in ${folder.target} (${files.join(', ')}; open report.html)`);
    } catch (error) {
      folder.abandon();
      throw error;
    } finally {
      await pool.close();
    }
  },
};

/** Flows by route, supervision, and (for a national projection) the anchors check; returns the anchors checked. */
async function writeSupplyFiles(folder: OutputFolder, projections: readonly SupplyProjection[], anchors: NonNullable<NonNullable<LoadedScenario['scenario']['supply']>['anchors']>, national: boolean): Promise<AnchorCheck[]> {
  const numbers = (row: Record<string, string | number>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'number' ? f(v) : v]));
  await writeCsv(folder.path(RESULT_FILES.supplyFlows), flowRows(projections).map((row) => numbers({ ...row })), [...FLOW_COLUMNS]);
  await writeCsv(folder.path(RESULT_FILES.supplySupervision), supervisionRows(projections).map(numbers), [...SUPERVISION_COLUMNS]);
  // Anchors are England figures: a scenario of some networks cannot be compared with them.
  if (!national || anchors.length === 0) return [];
  const checks = checkAnchors(anchors, projections);
  await writeCsv(folder.path(RESULT_FILES.supplyAnchors), checks.map((c) => numbers({
    year: c.year, role: c.role, measure: c.measure, anchor: c.value, low: c.low, high: c.high, model: c.model,
    within: c.within === undefined ? '' : String(c.within), note: c.note, source: c.source,
  })), [...ANCHOR_COLUMNS]);
  return checks;
}

function checkByYear(value: number, startYear: number, lastYear: number): number {
  if (!Number.isInteger(value) || value < startYear || value > lastYear) {
    throw new UsageError(`--close-gap-by: expected a year from ${startYear} to ${lastYear} (the years the scenario simulates; change them with --years), got ${value}`);
  }
  return value;
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

function writeRunFiles(folder: OutputFolder, loaded: LoadedScenario, meta: { replications: number; workers: number; byYear: number | undefined; allocatePlaces: number | undefined; waitsReplications: number | undefined; wallTimeSeconds: number }): void {
  const s = loaded.scenario;
  const runJson = {
    name: s.name, kind: 'pipeline', description: s.description, version: packageVersion(), command: `cgs-sim ${process.argv.slice(2).join(' ')}`,
    seed: s.run.seed, replications: meta.replications, workers: meta.workers,
    years: [s.run.startYear, s.run.startYear + s.run.years - 1], startYear: s.run.startYear,
    supplyMode: s.supply?.mode, closeGapBy: meta.byYear ?? null, allocatePlaces: meta.allocatePlaces ?? null, waitsReplications: meta.waitsReplications ?? null, wallTimeSeconds: meta.wallTimeSeconds,
    scenarioHash: loaded.hash, scenarioFiles: loaded.chain, createdBy: `cgs-sim ${packageVersion()} on Node ${process.version}`,
  };
  writeFileSync(folder.path('run.json'), `${JSON.stringify(runJson, null, 2)}\n`);
  writeFileSync(folder.path('scenario.resolved.yaml'), loaded.resolvedYaml);
}
