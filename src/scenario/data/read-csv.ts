import { readFileSync } from 'node:fs';
import { parseString } from 'fast-csv';
import { ScenarioError } from '../errors.js';

export type CsvRow = Record<string, string>;

/** Reads a CSV with a header row into records, checking the columns a table needs are there. */
export async function readCsv(path: string, requiredColumns: readonly string[]): Promise<CsvRow[]> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ScenarioError([{ file: path, path: '', message: `cannot read the data table: ${(error as Error).message}` }]);
  }
  const rows = await new Promise<CsvRow[]>((resolve, reject) => {
    const out: CsvRow[] = [];
    parseString(text, { headers: true, trim: true, ignoreEmpty: true })
      .on('error', reject)
      .on('data', (row: CsvRow) => out.push(row))
      .on('end', () => resolve(out));
  }).catch((error: Error) => {
    throw new ScenarioError([{ file: path, path: '', message: `not a valid CSV table: ${error.message}` }]);
  });
  const header = rows[0] ? Object.keys(rows[0]) : [];
  const missing = requiredColumns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new ScenarioError([{ file: path, path: '', message: `missing column(s) ${missing.join(', ')}; expected ${requiredColumns.join(',')}` }]);
  }
  rows.forEach((row, i) => {
    if (header.includes('source') && !row.source) {
      throw new ScenarioError([{ file: path, path: `row ${i + 2}`, message: 'every row needs a source (a citation or "illustrative assumption: ...")' }]);
    }
  });
  return rows;
}

/** Parses a numeric cell, naming the table, row and column when it is not a number. */
export function num(row: CsvRow, column: string, file: string, rowIndex: number): number {
  const value = Number(row[column]);
  if (row[column] === undefined || row[column] === '' || !Number.isFinite(value)) {
    throw new ScenarioError([{ file, path: `row ${rowIndex + 2}, column ${column}`, message: 'expected a number', received: row[column] }]);
  }
  return value;
}
