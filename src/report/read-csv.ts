import { access } from 'node:fs/promises';
import { parseFile } from 'fast-csv';

/** One CSV row keyed by its header names; every value is the raw text. */
export type CsvRow = Readonly<Record<string, string>>;

export async function fileExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Reads a CSV file with a header row. */
export function readCsv(path: string): Promise<CsvRow[]> {
  return new Promise((resolve, reject) => {
    const rows: CsvRow[] = [];
    parseFile<CsvRow, CsvRow>(path, { headers: true, trim: true })
      .on('error', (error) => reject(new Error(`Could not read CSV \`${path}\`: ${error.message}`)))
      .on('data', (row: CsvRow) => rows.push(row))
      .on('end', () => resolve(rows));
  });
}

/** A missing optional file reads as `undefined`, so its chart is simply left out. */
export async function readCsvIfPresent(path: string): Promise<CsvRow[] | undefined> {
  return (await fileExists(path)) ? readCsv(path) : undefined;
}

/** Numeric field; an empty cell is NaN so callers can filter it out. */
export function num(row: CsvRow, field: string): number {
  const text = row[field];
  return text === undefined || text === '' ? Number.NaN : Number(text);
}

export function str(row: CsvRow, field: string): string {
  return row[field] ?? '';
}

/**
 * Cell readers limited to one result file's columns (src/results/columns.ts), so reading a
 * column the writer does not write fails to compile.
 */
export function cells<Columns extends readonly string[]>(row: CsvRow, _columns: Columns): {
  num: (field: Columns[number]) => number;
  str: (field: Columns[number]) => string;
} {
  return { num: (field) => num(row, field), str: (field) => str(row, field) };
}
