import { access, readFile } from 'node:fs/promises';
import { parseFile } from 'fast-csv';
import type { CsvRow } from './csv-cells.js';
import { parseSimpleCsv } from './simple-csv.js';

export { cells, num, str, type CsvRow } from './csv-cells.js';

export async function fileExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Reads a CSV file with a header row (plain files by splitting, others with the full CSV parser). */
export async function readCsv(path: string): Promise<CsvRow[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`Could not read CSV \`${path}\`: ${(error as Error).message}`);
  }
  return parseSimpleCsv(text) ?? parseCsvFile(path);
}

function parseCsvFile(path: string): Promise<CsvRow[]> {
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
