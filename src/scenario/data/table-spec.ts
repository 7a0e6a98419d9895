/**
 * What a data table (`data/*.csv`, or a table in a `--data` overlay folder) must look like,
 * stated once per table and read by one checker (check-table.ts, check-references.ts), so the
 * default tables and an overlay are checked by the same rules.
 */

/** Where the ids of a column come from: a fixed list (the schema's), or the key column of another table. */
export type IdSource =
  | { readonly list: readonly string[]; readonly what: string }
  | { readonly table: string; readonly column: string };

export interface ColumnSpec {
  readonly name: string;
  /** `id`: a lower_snake_case identifier (or a fixed id); `number`: a plain decimal; `text`: anything. */
  readonly kind: 'id' | 'number' | 'text';
  readonly min?: number;
  readonly max?: number;
  /** Exclusive lower bound, for values that must be above it (durations, target waits). */
  readonly above?: number;
  readonly integer?: boolean;
  /** A blank cell is allowed (the loader leaves the value out). */
  readonly optional?: boolean;
  /** For `id` columns: the ids allowed. */
  readonly ids?: IdSource;
  /** Meaning and unit, for messages. */
  readonly unit?: string;
}

/** Rows grouped by `by` whose `column` must sum (or average) to `equals`, or sum below `below` or above `above`. */
export interface TotalSpec {
  readonly column: string;
  readonly by: readonly string[];
  readonly of: 'sum' | 'mean';
  readonly equals?: number;
  readonly below?: number;
  readonly above?: number;
  readonly tolerance: number;
  /** Why, in a few words, for the message ("the priority shares of an indication"). */
  readonly what: string;
}

export interface TableSpec {
  /** File name inside the data folder. */
  readonly file: string;
  readonly columns: readonly ColumnSpec[];
  /** Columns that identify a row: no two rows of one file may share them; an overlay row with the same key replaces the default row. */
  readonly key: readonly string[];
  /** Id columns every combination of whose ids must have a row (a deleted row would silently become 0 or absent). */
  readonly complete?: readonly string[];
  /** For a `complete` column, the ids that need a row when not all its allowed ids do (parameters with a schema default may be left out). */
  readonly requiredIds?: Readonly<Record<string, IdSource>>;
  readonly totals?: readonly TotalSpec[];
  /** Pairs of number columns where the first may not exceed the second in a row. */
  readonly ordered?: readonly (readonly [string, string])[];
  /** Other column sets no two rows of one file may share (a role listed twice for one activity). */
  readonly alsoUnique?: readonly (readonly string[])[];
  /** Pairs [a, b]: rows with the same a must have the same b (a network's name on every CGS row). */
  readonly consistent?: readonly (readonly [string, string])[];
  /** A rule on one row whose cells are each valid, for tables whose columns mean different things row by row. */
  readonly rowRule?: (cells: Readonly<Record<string, string>>) => { readonly column: string; readonly message: string } | undefined;
}

const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Keys that would reach an object's prototype if used as a field name. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** A plain identifier that is safe as an object key. */
export const isIdentifier = (text: string): boolean => ID_PATTERN.test(text) && !RESERVED.has(text);

/** A plain decimal number: no hex, octal or binary, no blank, no Infinity, no thousands separators. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
export const parseDecimal = (text: string): number => (DECIMAL.test(text) ? Number(text) : Number.NaN);

export const idsOf = (source: IdSource): string => ('list' in source ? source.what : `a ${source.column} in ${source.table}`);

// Column builders, so a table spec reads as a list of columns with their units.
export const text = (name: string, optional = false): ColumnSpec => ({ name, kind: 'text', optional });
export const id = (name: string, ids?: IdSource): ColumnSpec => ({ name, kind: 'id', ids });
export const share = (name: string, unit = 'share'): ColumnSpec => ({ name, kind: 'number', min: 0, max: 1, unit });
export const nonNegative = (name: string, unit: string): ColumnSpec => ({ name, kind: 'number', min: 0, unit });
export const positive = (name: string, unit: string): ColumnSpec => ({ name, kind: 'number', above: 0, unit });
export const count = (name: string, unit: string): ColumnSpec => ({ name, kind: 'number', min: 0, integer: true, unit });
export const number = (name: string, unit: string, bounds: Pick<ColumnSpec, 'min' | 'max' | 'above' | 'integer' | 'optional'> = {}): ColumnSpec => ({ name, kind: 'number', unit, ...bounds });
export const list = (values: readonly string[], what: string): IdSource => ({ list: values, what });
export const keyOf = (table: string, column: string): IdSource => ({ table, column });
