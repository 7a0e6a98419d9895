import { join } from 'node:path';
import { RESULT_FILES } from '../results/columns.js';
import { fileExists } from './read-csv.js';

export type ReportKind = 'run' | 'compare' | 'solve' | 'sweep' | 'pipeline' | 'calibrate';

/** The file that marks each kind, checked in this order (a compare folder may also hold a summary). */
const MARKER_FILES: readonly (readonly [ReportKind, string])[] = [
  ['calibrate', 'fit.csv'],
  ['compare', RESULT_FILES.comparison],
  ['solve', RESULT_FILES.staffingPlan],
  ['sweep', RESULT_FILES.sweep],
  ['pipeline', RESULT_FILES.pipeline],
  ['run', RESULT_FILES.summary],
];

export async function detectKind(dir: string): Promise<ReportKind> {
  for (const [kind, file] of MARKER_FILES) {
    if (await fileExists(join(dir, file))) return kind;
  }
  const expected = MARKER_FILES.map(([, file]) => `\`${file}\``).join(', ');
  throw new Error(`Cannot tell the report kind of \`${dir}\`: expected one of ${expected}`);
}
