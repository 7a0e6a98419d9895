import { join } from 'node:path';
import { fileExists } from './read-csv.js';

export type ReportKind = 'run' | 'compare' | 'solve' | 'sweep' | 'pipeline';

/** The file that marks each kind, checked in this order (a compare folder may also hold a summary). */
const MARKER_FILES: readonly (readonly [ReportKind, string])[] = [
  ['compare', 'comparison.csv'],
  ['solve', 'staffing_plan.csv'],
  ['sweep', 'sweep.csv'],
  ['pipeline', 'pipeline.csv'],
  ['run', 'summary.csv'],
];

export async function detectKind(dir: string): Promise<ReportKind> {
  for (const [kind, file] of MARKER_FILES) {
    if (await fileExists(join(dir, file))) return kind;
  }
  const expected = MARKER_FILES.map(([, file]) => `\`${file}\``).join(', ');
  throw new Error(`Cannot tell the report kind of \`${dir}\`: expected one of ${expected}`);
}
