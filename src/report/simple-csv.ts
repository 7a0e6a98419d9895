import type { CsvRow } from './csv-cells.js';

/** Any whitespace other than the line break (including \r and a byte-order mark), or a quote. */
const NOT_SIMPLE = /[^\S\n]|"/;

/**
 * Parses CSV text that needs no CSV rules beyond splitting: no quotes, no whitespace but "\n"
 * line ends, no empty lines, unique non-empty headers and every row as long as the header.
 * Such text reads the same under any CSV reading, and the numeric result files (summary,
 * waiting list, staff time) are all of this kind; splitting them is many times faster than
 * the streaming parser, whose cost was a quarter of the time a run spends after its last
 * replication. Anything else returns `undefined`, for the full parser to read (and report).
 */
export function parseSimpleCsv(text: string): CsvRow[] | undefined {
  if (text === '' || text.startsWith('\n') || text.includes('\n\n') || NOT_SIMPLE.test(text)) return undefined;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const headers = lines[0]!.split(',');
  if (headers.some((h) => h === '' || h === '__proto__') || new Set(headers).size !== headers.length) return undefined;
  const rows = new Array<CsvRow>(lines.length - 1);
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i]!.split(',');
    if (cells.length !== headers.length) return undefined;
    const row: Record<string, string> = {};
    for (let c = 0; c < headers.length; c++) row[headers[c]!] = cells[c]!;
    rows[i - 1] = row;
  }
  return rows;
}
