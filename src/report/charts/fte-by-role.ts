import type { StaffingNeedRow } from '../records.js';
import { round, SCHEMA, unique, type ChartDef } from './chart.js';
import { headlineScope, inScope, scopeIdLabel } from './scopes.js';
import { CHART_CONFIG, DASHES, label, OKABE_ITO, SHAPES } from './theme.js';

/** One point of an FTE line: a role, a year and a named series such as "FTE needed". */
export interface FtePoint {
  readonly role: string;
  readonly year: number;
  readonly series: string;
  readonly fte: number;
  /** Optional uncertainty band of the series (e.g. supply 5th–95th percentile). */
  readonly low?: number;
  readonly high?: number;
}

export interface FteChartOptions {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly series: readonly string[];
  /** Defaults to FTE; the training pipeline stocks chart counts heads instead. */
  readonly yTitle?: string;
}

/** Small multiples by role; series differ by colour, dash style and point shape. */
export function fteByRoleChart(points: readonly FtePoint[], options: FteChartOptions): ChartDef | undefined {
  if (points.length === 0) return undefined;
  const domain = [...options.series];
  const channel = (range: readonly unknown[]) => ({ field: 'series', type: 'nominal', title: 'Series', scale: { domain, range: range.slice(0, domain.length) } });
  const x = { field: 'year', type: 'ordinal', title: 'Year' };
  const y = { field: 'fte', type: 'quantitative', title: options.yTitle ?? 'Staff in post (FTE)' };
  const hasBand = points.some((p) => p.low !== undefined && Number.isFinite(p.low));
  const band = {
    transform: [{ filter: 'isValid(datum.low) && isFinite(datum.low)' }],
    mark: { type: 'area', opacity: 0.2 },
    encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' }, color: { ...channel(OKABE_ITO), legend: null } },
  };
  const layers = [
    ...(hasBand ? [band] : []),
    { mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y, color: channel(OKABE_ITO), strokeDash: channel(DASHES) } },
    { mark: { type: 'point', filled: true, size: 45 }, encoding: { x, y, color: channel(OKABE_ITO), shape: channel(SHAPES) } },
  ];
  const spec = {
    $schema: SCHEMA,
    config: CHART_CONFIG,
    title: options.title,
    data: { values: points },
    facet: { field: 'role', type: 'nominal', title: 'Role', sort: unique(points.map((p) => p.role)) },
    columns: 4,
    spec: { width: 160, height: 190, layer: layers },
    resolve: { scale: { y: 'independent' } },
  };
  return {
    name: options.name,
    title: options.title,
    description: options.description,
    spec: spec as unknown as ChartDef['spec'],
    table: {
      columns: ['Role', 'Year', ...domain],
      rows: tableRows(points, domain),
    },
  };
}

function tableRows(points: readonly FtePoint[], series: readonly string[]): (string | number)[][] {
  const byKey = new Map<string, (string | number)[]>();
  for (const p of points) {
    const key = `${p.role}\u0000${p.year}`;
    const row = byKey.get(key) ?? [p.role, p.year, ...series.map(() => '')];
    row[2 + series.indexOf(p.series)] = round(p.fte);
    byKey.set(key, row);
  }
  return [...byKey.values()];
}

export const AVAILABLE = 'FTE available';
export const NEEDED = 'FTE needed';

/** Run: FTE available against FTE needed by role, from `staffing_need.csv`. */
export function staffingNeedChart(rows: readonly StaffingNeedRow[]): ChartDef | undefined {
  const target = headlineScope(rows);
  if (target === undefined) return undefined;
  const points = rows.filter(inScope(target)).flatMap((row) => [
    { role: label(row.role), year: row.year, series: AVAILABLE, fte: row.fteAvailable },
    { role: label(row.role), year: row.year, series: NEEDED, fte: row.fteNeeded },
  ]);
  return fteByRoleChart(points, {
    name: 'fte-available-vs-needed',
    title: `FTE available and FTE needed by role: ${scopeIdLabel(target.scope, target.scopeId)}`,
    description: 'Whole-time equivalent staff available (solid line, circles) against the FTE needed to meet simulated demand (dashed line, squares), by role and year.',
    series: [AVAILABLE, NEEDED],
  });
}
