import { join } from 'node:path';
import { RESULT_FILES } from '../results/columns.js';
import type { ChartDef } from './charts/chart.js';
import { waitingListFans } from './charts/waiting-list-fan.js';
import { readCsvIfPresent } from './read-csv.js';
import { toWaitingList } from './records.js';

/**
 * The charts a run report draws from one result file alone, drawn the way runCharts draws
 * them, so they can be drawn as soon as that file is written, while the other files are still
 * being built. Only the waiting-list fans (about half the drawing) are worth it. A chart drawn
 * early is used only if the report's own spec for it is the same text (see ChartRenderPool).
 */
export async function chartsOfFile(dir: string, file: string): Promise<ChartDef[]> {
  if (file !== RESULT_FILES.waitingList) return [];
  const rows = await readCsvIfPresent(join(dir, file));
  return rows === undefined ? [] : waitingListFans(rows.map(toWaitingList));
}
