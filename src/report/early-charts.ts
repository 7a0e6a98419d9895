import { join } from 'node:path';
import { RESULT_FILES } from '../results/columns.js';
import type { ChartDef } from './charts/chart.js';
import { equityCharts } from './kinds/equity-charts.js';
import { runCharts } from './kinds/run-report.js';
import { readCsvIfPresent, type CsvRow } from './read-csv.js';
import type { ResultFolder } from './read-results.js';
import { toStaffingNeed, toStaffTime, toSummary, toWaitDistribution, toWaitingList } from './records.js';
import { toUncertaintyDriver } from './records-uncertainty.js';
import { readTextIfPresent } from './run-info.js';

/** Each result file a run report draws charts from, with the folder field its rows fill. */
const CHART_FILES: Readonly<Record<string, (rows: readonly CsvRow[]) => Partial<ResultFolder>>> = {
  [RESULT_FILES.waitingList]: (rows) => ({ waitingList: rows.map(toWaitingList) }),
  [RESULT_FILES.summary]: (rows) => ({ summary: rows.map(toSummary) }),
  [RESULT_FILES.staffTime]: (rows) => ({ staffTime: rows.map(toStaffTime) }),
  [RESULT_FILES.staffingNeed]: (rows) => ({ staffingNeed: rows.map(toStaffingNeed) }),
  [RESULT_FILES.waitDistribution]: (rows) => ({ waitDistribution: rows.map(toWaitDistribution) }),
  [RESULT_FILES.uncertaintyDrivers]: (rows) => ({ uncertaintyDrivers: rows.map(toUncertaintyDriver) }),
};

/** The files whose charts are worth splitting between threads (the waiting-list fans: about half the drawing). */
export const SPLIT_FILES: ReadonlySet<string> = new Set([RESULT_FILES.waitingList]);

/**
 * The charts a run report draws from one result file, drawn by the report's own functions
 * from a folder holding only that file (and the resolved scenario, which the equity charts
 * read beside summary.csv), so they can be drawn as soon as that file is written, while the
 * other files are still being built. A chart drawn early is used only if the report's own
 * spec for it is the same text (see ChartRenderPool), so a chart that needs more than its
 * file is never drawn early wrongly: its spec would differ and it is drawn again.
 */
export async function chartsOfFile(dir: string, file: string): Promise<ChartDef[]> {
  const fill = CHART_FILES[file];
  if (fill === undefined) return [];
  const rows = await readCsvIfPresent(join(dir, file));
  if (rows === undefined) return [];
  const scenarioYaml = file === RESULT_FILES.summary ? await readTextIfPresent(join(dir, 'scenario.resolved.yaml')) : undefined;
  const folder: ResultFolder = { dir, run: {}, scenarioYaml, ...fill(rows) };
  return [...runCharts(folder).charts, ...equityCharts(folder)];
}
