import { ScenarioError } from './errors.js';
import { checkTable } from './data/check-table.js';
import { readTable } from './data/read-table.js';
import { id, list, number, parseDecimal, text, type ColumnSpec, type TableSpec } from './data/table-spec.js';

/** How sure we are of an observed figure: H official or peer-reviewed and seen, M secondary or partial, L a loose mapping. */
export const CONFIDENCES = ['H', 'M', 'L'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
export const OBSERVED_SCOPES = ['cgs', 'network', 'national'] as const;

/** One observed figure to compare the model with (a row of an `--observed` file). */
export interface Observation {
  /** Financial year start, as in summary.csv (2026 = 2026/27). */
  readonly year: number;
  readonly scope: (typeof OBSERVED_SCOPES)[number];
  readonly scopeId: string;
  /** A summary.csv metric, or a derived rate or share (src/calibration/derived-metrics.ts). */
  readonly metric: string;
  readonly value: number;
  /** The figure's plausible range (its CI, or the spread between sources), when known. */
  readonly low?: number;
  readonly high?: number;
  /** Relative weight in the fit; 0 keeps a figure for checking only (validate-fit). Default 1. */
  readonly weight: number;
  readonly source: string;
  readonly confidence: Confidence;
  /** Where it came from, for messages: file and row. */
  readonly file: string;
  readonly row: number;
}

const REQUIRED: readonly ColumnSpec[] = [
  number('year', 'financial year start', { min: 1950, max: 2100, integer: true }),
  id('scope', list(OBSERVED_SCOPES, 'a scope')),
  text('scope_id'),
  id('metric'),
  number('value', 'the metric\'s unit, as in summary.csv'),
  text('source'),
  id('confidence', list(CONFIDENCES, 'a confidence (H, M or L)')),
];
const OPTIONAL: readonly ColumnSpec[] = [
  number('low', 'same unit as value', { optional: true }),
  number('high', 'same unit as value', { optional: true }),
  number('weight', 'relative weight', { min: 0, optional: true }),
];
export const OBSERVED_COLUMNS = [...REQUIRED, ...OPTIONAL].map((c) => c.name);

/**
 * Reads and checks an observed-data CSV with the data tables' checker, so a problem names the
 * file, row and column. The optional columns (low, high, weight) may be left out of the header.
 */
export async function readObserved(file: string): Promise<Observation[]> {
  const read = await readTable(file);
  if (read.table === undefined) throw new ScenarioError(read.issues);
  const header = read.table.header;
  const spec: TableSpec = {
    file,
    key: ['year', 'scope', 'scope_id', 'metric'],
    columns: [...REQUIRED, ...OPTIONAL.filter((c) => header.includes(c.name))],
    ordered: [['low', 'value'], ['value', 'high']],
  };
  const issues = [...read.issues, ...checkTable(spec, read.table)];
  if (issues.length > 0) throw new ScenarioError(issues);
  return read.table.rows.map(({ cells, row }) => {
    const optional = (name: string) => (cells[name] === undefined || cells[name] === '' ? undefined : parseDecimal(cells[name]!));
    return {
      year: parseDecimal(cells.year!), scope: cells.scope as Observation['scope'], scopeId: cells.scope_id!, metric: cells.metric!,
      value: parseDecimal(cells.value!), low: optional('low'), high: optional('high'), weight: optional('weight') ?? 1,
      source: cells.source!, confidence: cells.confidence as Confidence, file, row,
    };
  });
}
