/**
 * CSV text as `src/results/csv-writer.ts` writes it through fast-csv, for the page, which has no
 * Node streams: a header row, `\n` after every row, and a field quoted when it holds a quote
 * (doubled), a comma, a line break or a `|` (fast-csv's escape pattern includes `|`); NUL removed.
 */
export function csvText(rows: readonly Readonly<Record<string, string>>[], headers?: readonly string[]): string {
  const columns = headers ?? (rows[0] ? Object.keys(rows[0]) : []);
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}

const NEEDS_QUOTES = /[,|\r\n]/;

export function csvField(value: string): string {
  const text = value.replace(/\0/g, '');
  if (text.includes('"')) return `"${text.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES.test(text) ? `"${text}"` : text;
}
