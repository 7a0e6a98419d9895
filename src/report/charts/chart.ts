import type { TopLevelSpec } from 'vega-lite';

/** A small table shown beside a chart so it can be read without colour or sight. */
export interface DataTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

/** One chart: a vega-lite spec with inline data, plus the words and table that go with it. */
export interface ChartDef {
  /** File stem under `charts/`, e.g. `waiting-list-national`. */
  readonly name: string;
  readonly title: string;
  /** One or two sentences saying what the chart shows; used as caption and accessible description. */
  readonly description: string;
  readonly spec: TopLevelSpec;
  readonly table: DataTable;
}

export const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Rounds for display in tables, keeping integers as they are. */
export function round(value: number, digits = 1): number | string {
  if (!Number.isFinite(value)) return '';
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];
