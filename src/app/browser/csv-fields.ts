/**
 * The cell readers of src/report/read-csv.ts without its file reading (Node streams), for the
 * page bundle: the bundler puts this module in its place (see build-bundles.ts).
 */
export type CsvRow = Readonly<Record<string, string>>;

/** Numeric field; an empty cell is NaN so callers can filter it out. */
export function num(row: CsvRow, field: string): number {
  const text = row[field];
  return text === undefined || text === '' ? Number.NaN : Number(text);
}

export function str(row: CsvRow, field: string): string {
  return row[field] ?? '';
}

/** Cell readers for one result file's columns. */
export function cells<Columns extends readonly string[]>(row: CsvRow, _columns: Columns): {
  num: (field: Columns[number]) => number;
  str: (field: Columns[number]) => string;
} {
  return { num: (field) => num(row, field), str: (field) => str(row, field) };
}
