import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { RESULT_FILES } from '../results/columns.js';
import { readCsvIfPresent, type CsvRow } from './read-csv.js';
import {
  toAssumption, toStaffingNeed, toStaffTime, toSummary, toWaitDistribution, toWaitingList,
  type AssumptionRow, type StaffingNeedRow, type StaffTimeRow, type SummaryRow,
  type WaitDistributionRow, type WaitingListRow,
} from './records.js';
import {
  toComparison, toPipeline, toStaffingPlan, toSweep,
  type ComparisonRow, type PipelineRow, type StaffingPlanRow, type SweepRow,
} from './records-experiments.js';
import { toUncertaintyDriver, type UncertaintyDriverRow } from './records-uncertainty.js';
import { readRunInfo, readTextIfPresent, type RunInfo } from './run-info.js';

/** Everything a report may show from one output folder; absent files are `undefined`. */
export interface ResultFolder {
  readonly dir: string;
  readonly run: RunInfo;
  readonly scenarioYaml?: string;
  readonly summary?: readonly SummaryRow[];
  readonly waitingList?: readonly WaitingListRow[];
  readonly waitDistribution?: readonly WaitDistributionRow[];
  readonly staffTime?: readonly StaffTimeRow[];
  readonly staffingNeed?: readonly StaffingNeedRow[];
  readonly assumptions?: readonly AssumptionRow[];
  readonly comparison?: readonly ComparisonRow[];
  readonly staffingPlan?: readonly StaffingPlanRow[];
  readonly sweep?: readonly SweepRow[];
  readonly pipeline?: readonly PipelineRow[];
  readonly uncertaintyDrivers?: readonly UncertaintyDriverRow[];
}

/** Rows of result files already in hand (as written), by file name: read from them, not from disk. */
export type RowsInHand = ReadonlyMap<string, readonly CsvRow[]>;

export async function readResults(dir: string, inHand: RowsInHand = new Map()): Promise<ResultFolder> {
  const rows = async <T>(file: string, map: (row: CsvRow) => T): Promise<T[] | undefined> =>
    (inHand.get(file) ?? (await readCsvIfPresent(join(dir, file))))?.map(map);
  const [run, scenarioYaml, summary, waitingList, waitDistribution, staffTime, staffingNeed,
    assumptions, comparison, staffingPlan, sweep, pipeline, uncertaintyDrivers] = await Promise.all([
    readRunInfo(dir),
    readTextIfPresent(join(dir, 'scenario.resolved.yaml')),
    rows(RESULT_FILES.summary, toSummary),
    rows(RESULT_FILES.waitingList, toWaitingList),
    rows(RESULT_FILES.waitDistribution, toWaitDistribution),
    rows(RESULT_FILES.staffTime, toStaffTime),
    rows(RESULT_FILES.staffingNeed, toStaffingNeed),
    rows(RESULT_FILES.assumptions, toAssumption),
    rows(RESULT_FILES.comparison, toComparison),
    rows(RESULT_FILES.staffingPlan, toStaffingPlan),
    rows(RESULT_FILES.sweep, toSweep),
    rows(RESULT_FILES.pipeline, toPipeline),
    rows(RESULT_FILES.uncertaintyDrivers, toUncertaintyDriver),
  ]);
  return {
    dir, run, scenarioYaml, summary, waitingList, waitDistribution, staffTime, staffingNeed,
    assumptions, comparison, staffingPlan, sweep, pipeline, uncertaintyDrivers,
  };
}

/** A compare folder may hold one run folder per scenario; these carry the fan chart data. */
export async function readScenarioSubfolders(dir: string): Promise<ResultFolder[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const folders = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() && entry.name !== 'charts')
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => readResults(join(dir, entry.name))),
  );
  return folders.filter((folder) => folder.waitingList !== undefined || folder.summary !== undefined);
}
