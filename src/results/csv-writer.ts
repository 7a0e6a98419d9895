import { writeFileSync } from 'node:fs';
import { writeToString } from 'fast-csv';

/** Writes records as CSV with a header row (columns from the first record, or `headers`). */
export async function writeCsv(path: string, rows: readonly Record<string, string>[], headers?: readonly string[]): Promise<void> {
  const columns = headers ?? (rows[0] ? Object.keys(rows[0]) : []);
  const text = await writeToString(rows as Record<string, string>[], { headers: columns as string[], includeEndRowDelimiter: true, alwaysWriteHeaders: true });
  writeFileSync(path, text);
}
