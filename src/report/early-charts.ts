import { RESULT_FILES } from '../results/columns.js';
import type { ChartDef } from './charts/chart.js';
import { equityCharts } from './kinds/equity-charts.js';
import { runCharts } from './kinds/run-report.js';
import type { CsvRow } from './read-csv.js';
import type { ResultFolder } from './read-results.js';
import { toStaffingNeed, toStaffTime, toSummary, toWaitDistribution, toWaitingList } from './records.js';
import { toUncertaintyDriver } from './records-uncertainty.js';

/** Each result file a run report draws charts from, with the folder field its rows fill. */
const CHART_FILES: Readonly<Record<string, (rows: readonly CsvRow[]) => Partial<ResultFolder>>> = {
  [RESULT_FILES.waitingList]: (rows) => ({ waitingList: rows.map(toWaitingList) }),
  [RESULT_FILES.summary]: (rows) => ({ summary: rows.map(toSummary) }),
  [RESULT_FILES.staffTime]: (rows) => ({ staffTime: rows.map(toStaffTime) }),
  [RESULT_FILES.staffingNeed]: (rows) => ({ staffingNeed: rows.map(toStaffingNeed) }),
  [RESULT_FILES.waitDistribution]: (rows) => ({ waitDistribution: rows.map(toWaitDistribution) }),
  [RESULT_FILES.uncertaintyDrivers]: (rows) => ({ uncertaintyDrivers: rows.map(toUncertaintyDriver) }),
};

/**
 * The charts a run report draws from one result file, given the rows just written to it (the
 * cells as written, which is what reading the file gives back), drawn by the report's own
 * functions from a folder holding only that file and the resolved scenario (which the equity
 * charts read beside summary.csv). So a run can start drawing them as soon as the file is
 * written, while the other files are still being built. A chart drawn early is used only if
 * the report's own spec for it is the same text (see ChartRenderPool), so a chart that needs
 * more than its file is never used wrongly: its spec would differ and it is drawn again.
 */
export function chartsOfRows(dir: string, file: string, rows: readonly CsvRow[], scenarioYaml: string | undefined): ChartDef[] {
  const fill = CHART_FILES[file];
  if (fill === undefined) return [];
  const folder: ResultFolder = { dir, run: {}, scenarioYaml: file === RESULT_FILES.summary ? scenarioYaml : undefined, ...fill(rows) };
  return [...runCharts(folder).charts, ...equityCharts(folder)];
}
