import type { WaitingListRow } from '../records.js';
import { round, SCHEMA, unique, type ChartDef } from './chart.js';
import { scopeIdLabel, scopesPresent, scopeTitle, weekToYearAxis } from './scopes.js';
import { CHART_CONFIG, OKABE_ITO } from './theme.js';

const BAND_NOTE = 'Line: median across replications; shaded band: 5th to 95th percentile.';

interface FanPoint {
  readonly place: string;
  readonly time: number;
  readonly year: number;
  readonly median: number;
  readonly p05: number;
  readonly p95: number;
}

function fanPoints(rows: readonly WaitingListRow[], scope: string): FanPoint[] {
  const toYear = weekToYearAxis(rows);
  return rows
    .filter((row) => row.scope === scope && row.priority === 'all')
    .map((row) => ({
      place: scopeIdLabel(row.scope, row.scopeId),
      time: round(toYear(row.week, row.year), 3) as number,
      year: row.year,
      median: row.median,
      p05: row.p05,
      p95: row.p95,
    }));
}

/** Median, 5th and 95th percentile at the last recorded week of each year, per place. */
export function yearEndTable(points: readonly FanPoint[]): (string | number)[][] {
  const last = new Map<string, FanPoint>();
  for (const point of points) {
    const key = `${point.place}\u0000${point.year}`;
    const seen = last.get(key);
    if (seen === undefined || point.time > seen.time) last.set(key, point);
  }
  return [...last.values()].map((p) => [p.place, p.year, round(p.median, 0), round(p.p05, 0), round(p.p95, 0)]);
}

const FAN_LAYERS = [
  {
    mark: { type: 'area', opacity: 0.3, color: OKABE_ITO[5] },
    encoding: {
      x: { field: 'time', type: 'quantitative', title: 'Year', axis: { format: 'd', tickMinStep: 1 } },
      y: { field: 'p05', type: 'quantitative', title: 'Waiting (patients)' },
      y2: { field: 'p95' },
    },
  },
  {
    mark: { type: 'line', strokeWidth: 2, color: OKABE_ITO[0] },
    encoding: {
      x: { field: 'time', type: 'quantitative' },
      y: { field: 'median', type: 'quantitative' },
    },
  },
] as const;

function fanChart(rows: readonly WaitingListRow[], scope: string): ChartDef | undefined {
  const points = fanPoints(rows, scope);
  if (points.length === 0) return undefined;
  const places = unique(points.map((p) => p.place));
  const title = `Waiting list over time: ${scopeTitle(scope).toLowerCase()}`;
  const base = { $schema: SCHEMA, config: CHART_CONFIG, data: { values: points } };
  const spec = places.length === 1
    ? { ...base, title, width: 560, height: 260, layer: FAN_LAYERS }
    : {
      ...base,
      title,
      columns: Math.min(places.length, 3),
      facet: { field: 'place', type: 'nominal', title: scopeTitle(scope) },
      spec: { width: 240, height: 190, layer: FAN_LAYERS },
      resolve: { scale: { y: 'independent' } },
    };
  return {
    name: `waiting-list-${scope}`,
    title,
    description: `Patients on the waiting list (all priorities) by week, ${scope === 'national' ? 'nationally' : `for each ${scopeTitle(scope).toLowerCase()}`}. ${BAND_NOTE}`,
    spec: spec as unknown as ChartDef['spec'],
    table: { columns: ['Place', 'Year end', 'Median', '5th pct', '95th pct'], rows: yearEndTable(points) },
  };
}

/** One fan chart per scope present in `waiting_list.csv`. */
export function waitingListFans(rows: readonly WaitingListRow[]): ChartDef[] {
  return scopesPresent(rows)
    .map((scope) => fanChart(rows, scope))
    .filter((chart): chart is ChartDef => chart !== undefined);
}
