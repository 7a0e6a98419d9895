/**
 * Cell readers for result CSV rows, apart from the file reading in read-csv.ts (Node streams),
 * so the what-if page's bundle can use them too (build-bundles.ts puts this module in place of
 * read-csv.ts there).
 */

/** One CSV row keyed by its header names; every value is the raw text. */
export type CsvRow = Readonly<Record<string, string>>;

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
