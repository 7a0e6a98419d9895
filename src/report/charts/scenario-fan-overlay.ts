import type { WaitingListRow } from '../records.js';
import { round, SCHEMA, type ChartDef } from './chart.js';
import { yearEndTable } from './waiting-list-fan.js';
import { headlineScope, inScope, scopeIdLabel, weekToYearAxis } from './scopes.js';
import { CHART_CONFIG, DASHES, OKABE_ITO } from './theme.js';

export interface ScenarioWaitingList {
  readonly scenario: string;
  readonly rows: readonly WaitingListRow[];
}

interface OverlayPoint {
  readonly scenario: string;
  readonly place: string;
  readonly time: number;
  readonly year: number;
  readonly median: number;
  readonly p05: number;
  readonly p95: number;
}

function overlayPoints(scenarios: readonly ScenarioWaitingList[]): OverlayPoint[] {
  return scenarios.flatMap(({ scenario, rows }) => {
    const target = headlineScope(rows);
    if (target === undefined) return [];
    const toYear = weekToYearAxis(rows);
    return rows
      .filter((row) => inScope(target)(row) && row.priority === 'all')
      .map((row) => ({
        scenario,
        place: scopeIdLabel(row.scope, row.scopeId),
        time: round(toYear(row.week, row.year), 3) as number,
        year: row.year,
        median: row.median,
        p05: row.p05,
        p95: row.p95,
      }));
  });
}

/** Fan charts of several scenarios overlaid: colour and dash style both name the scenario. */
export function scenarioFanOverlay(scenarios: readonly ScenarioWaitingList[]): ChartDef | undefined {
  const points = overlayPoints(scenarios);
  if (points.length === 0) return undefined;
  const names = scenarios.map((s) => s.scenario);
  const color = { field: 'scenario', type: 'nominal', title: 'Scenario', scale: { domain: names, range: OKABE_ITO.slice(0, names.length) } };
  const dash = { field: 'scenario', type: 'nominal', title: 'Scenario', scale: { domain: names, range: DASHES.slice(0, names.length) } };
  const x = { field: 'time', type: 'quantitative', title: 'Year', axis: { format: 'd', tickMinStep: 1 } };
  const spec = {
    $schema: SCHEMA,
    config: CHART_CONFIG,
    title: `Waiting list by scenario: ${points[0]!.place}`,
    width: 600,
    height: 300,
    data: { values: points },
    layer: [
      {
        mark: { type: 'area', opacity: 0.15 },
        encoding: { x, y: { field: 'p05', type: 'quantitative', title: 'Waiting (patients)' }, y2: { field: 'p95' }, fill: { ...color, legend: null } },
      },
      {
        mark: { type: 'line', strokeWidth: 2.5 },
        encoding: { x, y: { field: 'median', type: 'quantitative' }, color, strokeDash: dash },
      },
    ],
  };
  const table = yearEndTable(points.map((p) => ({ ...p, place: p.scenario })));
  return {
    name: 'waiting-list-scenarios',
    title: spec.title,
    description: 'Median waiting list (all priorities) for each scenario, with each scenario\'s 5th–95th percentile band across replications shaded. Scenarios differ in colour and line dash.',
    spec: spec as unknown as ChartDef['spec'],
    table: { columns: ['Scenario', 'Year end', 'Median', '5th pct', '95th pct'], rows: table },
  };
}
