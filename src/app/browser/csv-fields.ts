/**
 * The field readers of src/report/read-csv.ts without its file reading (Node streams), for the
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
