import { writeFileSync } from 'node:fs';

/**
 * Writes records as CSV with a header row (columns from the first record, or `headers`), rows
 * ended by "\n". Built as one string: a streaming formatter cost more than the tables it wrote.
 */
export async function writeCsv(path: string, rows: readonly Record<string, string>[], headers?: readonly string[]): Promise<void> {
  writeFileSync(path, csvText(rows, headers));
}

export function csvText(rows: readonly Record<string, string>[], headers?: readonly string[]): string {
  const columns = headers ?? (rows[0] ? Object.keys(rows[0]) : []);
  const lines = new Array<string>(rows.length + 1);
  lines[0] = columns.map(csvField).join(',');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    let line = '';
    for (let c = 0; c < columns.length; c++) line += (c > 0 ? ',' : '') + csvField(row[columns[c]!]);
    lines[i + 1] = line;
  }
  return `${lines.join('\n')}\n`;
}

// The quoting earlier files were written with (fast-csv 5 defaults), kept so outputs stay
// byte-identical: quotes doubled and the field quoted; a comma, line break or '|' quoted.
const NEEDS_QUOTES = /[,\n\r|]/;

function csvField(value: string | undefined): string {
  const text = (value ?? '').includes('\0') ? value!.replace(/\0/g, '') : (value ?? '');
  if (text.includes('"')) return `"${text.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES.test(text) ? `"${text}"` : text;
}
