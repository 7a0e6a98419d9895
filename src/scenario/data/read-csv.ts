import { ScenarioError } from '../errors.js';
import { readTable } from './read-table.js';
import { parseDecimal } from './table-spec.js';

export type CsvRow = Record<string, string>;

/**
 * Reads a CSV with a header row into records, checking the columns a table needs are there.
 * Tables with a spec are better read with readCheckedTables (check-tables.ts), which also
 * checks every cell, duplicate keys, ids and totals.
 */
export async function readCsv(path: string, requiredColumns: readonly string[]): Promise<CsvRow[]> {
  const { table, issues } = await readTable(path);
  if (table === undefined || issues.length > 0) throw new ScenarioError(issues);
  const missing = requiredColumns.filter((c) => !table.header.includes(c));
  if (missing.length > 0) {
    throw new ScenarioError([{ file: path, path: 'row 1', message: `missing column(s) ${missing.join(', ')}; expected ${requiredColumns.join(',')}` }]);
  }
  for (const row of table.rows) {
    if (table.header.includes('source') && !row.cells.source) {
      throw new ScenarioError([{ file: path, path: `row ${row.row}, column source`, message: 'every row needs a source (a citation or "illustrative assumption: ...")' }]);
    }
  }
  return table.rows.map((row) => ({ ...row.cells }));
}

/** Parses a numeric cell (a plain decimal: no hex, no blank), naming the table, row and column when it is not one. */
export function num(row: CsvRow, column: string, file: string, rowIndex: number): number {
  const value = parseDecimal(row[column] ?? '');
  if (!Number.isFinite(value)) {
    throw new ScenarioError([{ file, path: `row ${rowIndex + 2}, column ${column}`, message: 'expected a plain decimal number such as 0.25 or 120', received: row[column] }]);
  }
  return value;
}
