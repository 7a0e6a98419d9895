import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ScenarioError, type ScenarioIssue } from '../errors.js';
import { at, checkTable, rowKey } from './check-table.js';
import { readTable, type Table, type TableRow } from './read-table.js';
import { idsOf, parseDecimal, type ColumnSpec, type IdSource, type TableSpec, type TotalSpec } from './table-spec.js';

/** Issues shown per table: enough to fix a file, short enough to read when a whole column is wrong. */
const MAX_ISSUES_PER_TABLE = 20;

/**
 * Reads and checks the tables of `specs` from `dirs`: the first folder must hold every table;
 * a later folder (an overlay) may hold some of them, whose rows replace the rows with the same
 * key and add the rest. Each file is checked on its own (columns, cells, duplicate keys), then
 * the merged tables together (ids used exist, every needed row is there, shares add up).
 * Any problem throws a ScenarioError naming the CSV file, row and column.
 */
export async function readCheckedTables(specs: readonly TableSpec[], dirs: readonly string[]): Promise<Map<string, Table>> {
  const merged = new Map<string, Table>();
  const issues: ScenarioIssue[] = [];
  for (const spec of specs) {
    let table: Table | undefined;
    for (const [i, dir] of dirs.entries()) {
      const file = join(dir, spec.file);
      if (i > 0 && !existsSync(file)) continue;
      const read = await readTable(file);
      const found = [...read.issues, ...(read.table ? checkTable(spec, read.table) : [])];
      issues.push(...capped(found, file));
      if (read.table !== undefined && found.length === 0) table = table === undefined ? read.table : overlay(spec, table, read.table);
    }
    if (table !== undefined) merged.set(spec.file, table);
  }
  if (issues.length === 0) {
    for (const spec of specs) issues.push(...capped(checkAcrossTables(spec, merged), join(dirs[0]!, spec.file)));
  }
  if (issues.length > 0) throw new ScenarioError(issues);
  return merged;
}

/** Rows of `top` replace the rows of `base` with the same key; new keys are added at the end. */
export function overlay(spec: TableSpec, base: Table, top: Table): Table {
  const replaced = new Map(top.rows.map((row) => [rowKey(spec, row), row]));
  const rows = base.rows.map((row) => {
    const key = rowKey(spec, row);
    const replacement = replaced.get(key);
    replaced.delete(key);
    return replacement ?? row;
  });
  return { file: base.file, header: base.header, rows: [...rows, ...replaced.values()] };
}

/** Rules over the merged tables: referenced ids exist, every needed combination has a row, totals hold. */
export function checkAcrossTables(spec: TableSpec, tables: ReadonlyMap<string, Table>): ScenarioIssue[] {
  const table = tables.get(spec.file);
  if (table === undefined) return [];
  const issues: ScenarioIssue[] = [];
  for (const column of spec.columns) {
    const ids = column.ids !== undefined && 'table' in column.ids ? idSet(column.ids, tables) : undefined;
    if (ids === undefined) continue;
    for (const row of table.rows) {
      const value = row.cells[column.name]!;
      if (!ids.has(value)) issues.push(at(row, column.name, `unknown ${column.name} '${value}'; expected ${idsOf(column.ids!)}: ${[...ids].join(', ')}`, value));
    }
  }
  issues.push(...checkComplete(spec, table, tables));
  for (const total of spec.totals ?? []) issues.push(...checkTotal(total, table));
  for (const [by, column] of spec.consistent ?? []) issues.push(...checkConsistent(table, by, column));
  return issues;
}

function checkConsistent(table: Table, by: string, column: string): ScenarioIssue[] {
  const first = new Map<string, TableRow>();
  const issues: ScenarioIssue[] = [];
  for (const row of table.rows) {
    const earlier = first.get(row.cells[by]!);
    if (earlier === undefined) first.set(row.cells[by]!, row);
    else if (earlier.cells[column] !== row.cells[column]) {
      issues.push(at(row, column, `differs from row ${earlier.row} ('${earlier.cells[column]}') for the same ${by} ${row.cells[by]}; expected one ${column} for each ${by}`, row.cells[column]));
    }
  }
  return issues;
}

function idSet(source: IdSource, tables: ReadonlyMap<string, Table>): Set<string> {
  if ('list' in source) return new Set(source.list);
  return new Set(tables.get(source.table)?.rows.map((row) => row.cells[source.column]!) ?? []);
}

function checkComplete(spec: TableSpec, table: Table, tables: ReadonlyMap<string, Table>): ScenarioIssue[] {
  const names = spec.complete ?? [];
  if (names.length === 0) return [];
  const sources = names.map((name) => spec.requiredIds?.[name] ?? (spec.columns.find((c) => c.name === name) as ColumnSpec & { ids: IdSource }).ids);
  const present = new Set(table.rows.map((row) => names.map((name) => row.cells[name]).join(', ')));
  let combos: string[][] = [[]];
  for (const ids of sources) combos = combos.flatMap((combo) => [...idSet(ids, tables)].map((value) => [...combo, value]));
  return combos.filter((combo) => !present.has(combo.join(', '))).map((combo) => ({
    file: table.file,
    path: `column ${names.join(', ')}`,
    message: `no row for ${names.map((n, i) => `${n} ${combo[i]}`).join(', ')}; every ${names.join(' × ')} needs a row (0 where there is none): a missing row would silently count as none`,
  }));
}

function checkTotal(total: TotalSpec, table: Table): ScenarioIssue[] {
  const groups = new Map<string, TableRow[]>();
  for (const row of table.rows) {
    const key = total.by.map((name) => row.cells[name]).join(', ');
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  const issues: ScenarioIssue[] = [];
  for (const [key, rows] of groups) {
    const sum = rows.reduce((a, row) => a + parseDecimal(row.cells[total.column]!), 0);
    const value = total.of === 'sum' ? sum : sum / rows.length;
    const wrongEquals = total.equals !== undefined && Math.abs(value - total.equals) > total.tolerance;
    const wrongBelow = total.below !== undefined && !(value < total.below);
    const wrongAbove = total.above !== undefined && !(value > total.above);
    if (!wrongEquals && !wrongBelow && !wrongAbove) continue;
    const expected = total.equals !== undefined ? `${total.of === 'sum' ? 'sum to' : 'average'} ${total.equals} (within ${total.tolerance})`
      : total.below !== undefined ? `sum to less than ${total.below}` : `sum to more than ${total.above}`;
    const files = [...new Set(rows.map((row) => row.file))].join(' and ');
    const group = total.by.length > 0 ? ` for ${total.by.map((n, i) => `${n} ${key.split(', ')[i]}`).join(', ')}` : '';
    issues.push({
      file: files,
      path: `rows ${rows.map((row) => row.row).join(', ')}, column ${total.column}`,
      message: `${total.what}${group} ${total.of === 'sum' ? 'sum' : 'average'} to ${round(value)}; expected them to ${expected}`,
    });
  }
  return issues;
}

const round = (x: number): string => String(Math.round(x * 1e6) / 1e6);

function capped(issues: ScenarioIssue[], file: string): ScenarioIssue[] {
  if (issues.length <= MAX_ISSUES_PER_TABLE) return issues;
  return [...issues.slice(0, MAX_ISSUES_PER_TABLE), { file, path: '', message: `and ${issues.length - MAX_ISSUES_PER_TABLE} more problems in this table` }];
}
