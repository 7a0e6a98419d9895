import { checkTable } from './data/check-table.js';
import { readTable } from './data/read-table.js';
import { id, nonNegative, number, parseDecimal, text, type TableSpec } from './data/table-spec.js';
import { ScenarioError } from './errors.js';

/** Staff of a role in a year as a share of the baseline (staff_baseline.csv, the 2026 staff), for back-cast scenarios. */
export interface StaffIndexRow {
  readonly year: number;
  readonly role: string;
  readonly fteShareOfBaseline: number;
  readonly source: string;
}

const spec = (file: string): TableSpec => ({
  file, key: ['year', 'role'],
  columns: [number('year', 'financial year start', { min: 1950, max: 2100, integer: true }), id('role'), nonNegative('fte_share_of_baseline', 'share of baseline FTE'), text('source')],
});

/** Reads data/staff_by_year.csv (or a planner's own), checked like every data table. */
export async function readStaffByYear(file: string): Promise<StaffIndexRow[]> {
  const read = await readTable(file);
  if (read.table === undefined) throw new ScenarioError(read.issues);
  const issues = [...read.issues, ...checkTable(spec(file), read.table)];
  if (issues.length > 0) throw new ScenarioError(issues);
  return read.table.rows.map(({ cells }) => ({
    year: parseDecimal(cells.year!), role: cells.role!, fteShareOfBaseline: parseDecimal(cells.fte_share_of_baseline!), source: cells.source!,
  }));
}
