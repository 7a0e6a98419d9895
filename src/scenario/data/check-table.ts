import type { ScenarioIssue } from '../errors.js';
import type { Table, TableRow } from './read-table.js';
import { idsOf, isIdentifier, parseDecimal, type ColumnSpec, type TableSpec } from './table-spec.js';

/**
 * Checks one file on its own: its columns, every cell against its column's type and range,
 * and that no two rows share a key. Rules that need the other tables, or the rows an overlay
 * folder adds, are in check-tables.ts.
 */
export function checkTable(spec: TableSpec, table: Table): ScenarioIssue[] {
  const issues = checkHeader(spec, table);
  if (issues.length > 0) return issues;
  for (const row of table.rows) {
    const cellIssues = spec.columns.map((column) => checkCell(column, row)).filter((issue) => issue !== undefined);
    issues.push(...cellIssues);
    if (cellIssues.length > 0) continue;
    for (const [low, high] of spec.ordered ?? []) {
      const a = parseDecimal(row.cells[low]!);
      const b = parseDecimal(row.cells[high]!);
      if (a > b) issues.push(at(row, high, `expected ${high} >= ${low} (${row.cells[low]})`, row.cells[high]));
    }
    const broken = spec.rowRule?.(row.cells);
    if (broken !== undefined) issues.push(at(row, broken.column, broken.message, row.cells[broken.column]));
  }
  for (const columns of [spec.key, ...(spec.alsoUnique ?? [])]) issues.push(...duplicates(spec, columns, table.rows));
  return issues;
}

function duplicates(spec: TableSpec, columns: readonly string[], rows: readonly TableRow[]): ScenarioIssue[] {
  const seen = new Map<string, number>();
  const issues: ScenarioIssue[] = [];
  for (const row of rows) {
    const key = rowKey(spec, row, columns);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.row);
    else issues.push(at(row, columns.join(', '), `duplicates row ${first} (same ${columns.join(', ')}: ${key}); each ${columns.join(' and ')} may appear once, or the last row would silently win`));
  }
  return issues;
}

/** The key of a row as one string; numbers are normalised so "6" and "6.0" are the same key. */
export function rowKey(spec: TableSpec, row: TableRow, columns: readonly string[] = spec.key): string {
  return columns.map((name) => {
    const column = spec.columns.find((c) => c.name === name);
    const cell = row.cells[name] ?? '';
    return column?.kind === 'number' ? String(parseDecimal(cell)) : cell;
  }).join(', ');
}

/** An issue at one cell: file, row and column. */
export function at(row: TableRow, column: string, message: string, received?: unknown): ScenarioIssue {
  return { file: row.file, path: `row ${row.row}, column ${column}`, message, received };
}

function checkHeader(spec: TableSpec, table: Table): ScenarioIssue[] {
  const expected = spec.columns.map((c) => c.name);
  const missing = expected.filter((name) => !table.header.includes(name));
  const unknown = table.header.filter((name) => !expected.includes(name));
  const issues: ScenarioIssue[] = [];
  if (missing.length > 0) issues.push({ file: table.file, path: 'row 1', message: `missing column(s) ${missing.join(', ')}; expected the columns ${expected.join(',')}` });
  if (unknown.length > 0) issues.push({ file: table.file, path: 'row 1', message: `unknown column(s) ${unknown.join(', ')}; check the spelling against ${expected.join(',')}` });
  if (table.rows.length === 0 && issues.length === 0) issues.push({ file: table.file, path: '', message: 'the table has no rows' });
  return issues;
}

function checkCell(column: ColumnSpec, row: TableRow): ScenarioIssue | undefined {
  const cell = row.cells[column.name]!;
  if (cell === '') {
    if (column.optional) return undefined;
    const what = column.name === 'source' ? 'a source (a citation or "illustrative assumption: ...")' : column.kind === 'number' ? `a number (${column.unit})` : 'a value';
    return at(row, column.name, `empty cell; expected ${what}`);
  }
  if (column.kind === 'number') return checkNumber(column, row, cell);
  if (column.kind === 'id') {
    const ids = column.ids;
    if (ids !== undefined && 'list' in ids) {
      return ids.list.includes(cell) ? undefined : at(row, column.name, `unknown ${column.name} '${cell}'; expected ${idsOf(ids)}: ${ids.list.join(', ')}`, cell);
    }
    if (!isIdentifier(cell)) return at(row, column.name, 'expected an id (letters, digits and underscores, starting with a letter)', cell);
  }
  return undefined;
}

function checkNumber(column: ColumnSpec, row: TableRow, cell: string): ScenarioIssue | undefined {
  const value = parseDecimal(cell);
  const fail = (expected: string) => at(row, column.name, `expected ${expected} (${column.unit})`, cell);
  if (!Number.isFinite(value)) return fail('a plain decimal number such as 0.25 or 120');
  if (column.integer && !Number.isInteger(value)) return fail('a whole number');
  if (column.min !== undefined && value < column.min) return fail(`a number >= ${column.min}`);
  if (column.max !== undefined && value > column.max) return fail(`a number <= ${column.max}`);
  if (column.above !== undefined && !(value > column.above)) return fail(`a number > ${column.above}`);
  return undefined;
}
