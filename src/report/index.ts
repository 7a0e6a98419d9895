import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildPage } from './build-page.js';
import { detectKind, type ReportKind } from './detect-kind.js';
import type { ReportContent } from './kinds/content.js';
import { calibrateReport } from './kinds/calibrate-report.js';
import { compareReport } from './kinds/compare-report.js';
import { pipelineReport } from './kinds/pipeline-report.js';
import { runReport } from './kinds/run-report.js';
import { solveReport } from './kinds/solve-report.js';
import { sweepReport } from './kinds/sweep-report.js';
import { readResults, readScenarioSubfolders, type ResultFolder, type RowsInHand } from './read-results.js';
import { writeChart, type ChartWriter, type RenderedChart } from './render-chart.js';

export type { ReportKind } from './detect-kind.js';
export { detectKind } from './detect-kind.js';

export interface WriteReportOptions {
  /** Kind of result folder; detected from the files present when omitted. */
  readonly kind?: ReportKind;
  /** Writes each chart's files (default: on this thread; a ChartRenderPool's `write` draws them side by side). */
  readonly writeChart?: ChartWriter;
  /** Rows of files just written in `dir` (the cells as written, what reading them gives), so they are not read back. */
  readonly rowsInHand?: RowsInHand;
}

export interface WriteReportResult {
  /** Every file written: `charts/<name>.{vl.json,svg,png}` and `report.html`. */
  readonly files: string[];
}

async function contentFor(kind: ReportKind, folder: ResultFolder): Promise<ReportContent> {
  switch (kind) {
    case 'run': return runReport(folder);
    case 'compare': return compareReport(folder, await readScenarioSubfolders(folder.dir));
    case 'solve': return solveReport(folder);
    case 'sweep': return sweepReport(folder);
    case 'pipeline': return pipelineReport(folder);
    case 'calibrate': return calibrateReport(folder);
  }
}

/**
 * Reads the result files in `dir` (never simulates), writes the charts to `dir/charts/` and a
 * self-contained `dir/report.html`. A missing optional file leaves out only its chart.
 */
export async function writeReport(dir: string, options: WriteReportOptions = {}): Promise<WriteReportResult> {
  const kind = options.kind ?? (await detectKind(dir));
  const folder = await readResults(dir, options.rowsInHand);
  const content = await contentFor(kind, folder);
  const chartsDir = join(dir, 'charts');
  // Charts render concurrently (by default SVGs on this thread, PNGs on libuv's pool); order is kept.
  const write = options.writeChart ?? writeChart;
  // Every chart is handed over at once: the equity charts must not wait for the others to finish.
  const drawn: RenderedChart[] = await Promise.all([...content.charts, ...(content.equityCharts ?? [])].map((def) => write(chartsDir, def)));
  const rendered = drawn.slice(0, content.charts.length);
  const equity = drawn.slice(content.charts.length);
  const reportPath = join(dir, 'report.html');
  await writeFile(reportPath, buildPage(kind, folder, content, rendered, equity));
  return { files: [...[...rendered, ...equity].flatMap((chart) => chart.files), reportPath] };
}
