import { readFileSync } from 'node:fs';
import { parseString } from 'fast-csv';
import type { ScenarioIssue } from '../errors.js';

/** One data row: its cells by column name, the file it came from and its row number there (the header is row 1). */
export interface TableRow {
  readonly cells: Readonly<Record<string, string>>;
  readonly file: string;
  readonly row: number;
}

export interface Table {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
}

/** Largest table read: the shipped ones are a few hundred rows; this bounds memory and error output. */
const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Reads a CSV with a header row. Problems with the file itself (unreadable, not CSV, a row
 * with the wrong number of cells, a repeated column) come back as issues naming the file and row.
 */
export async function readTable(file: string): Promise<{ table?: Table; issues: ScenarioIssue[] }> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { issues: [{ file, path: '', message: `cannot read the data table (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }] };
  }
  if (text.length > MAX_BYTES) return { issues: [{ file, path: '', message: `the table is larger than ${MAX_BYTES / 1024 / 1024} MB; expected a reference table of at most a few thousand rows` }] };
  let records: string[][];
  try {
    records = await parseRecords(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { issues: [{ file, path: '', message: `not a valid CSV table: ${(error as Error).message}` }] };
  }
  const [header = [], ...body] = records;
  const issues: ScenarioIssue[] = [];
  const repeated = header.filter((name, i) => header.indexOf(name) !== i);
  if (repeated.length > 0) issues.push({ file, path: 'row 1', message: `column(s) ${[...new Set(repeated)].join(', ')} appear more than once` });
  const rows: TableRow[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.length !== header.length) {
      issues.push({ file, path: `row ${row}`, message: `expected ${header.length} cells (one per column of the header), got ${cells.length}; quote a cell that contains a comma` });
      return;
    }
    // fromEntries defines own properties, so a column named like a prototype key stays data.
    rows.push({ cells: Object.fromEntries(header.map((name, c) => [name, cells[c]!])), file, row });
  });
  return { table: { file, header, rows }, issues };
}

function parseRecords(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const out: string[][] = [];
    parseString(text, { headers: false, trim: true, ignoreEmpty: true })
      .on('error', reject)
      .on('data', (cells: string[]) => out.push(cells))
      .on('end', () => resolve(out));
  });
}
