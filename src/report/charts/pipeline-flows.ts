import { round, SCHEMA, unique, type ChartDef } from './chart.js';
import { CHART_CONFIG, label, OKABE_ITO } from './theme.js';

/** A `supply_flows.csv` row. */
export interface FlowPoint {
  readonly year: number;
  readonly network: string;
  readonly role: string;
  readonly route: string;
  readonly heads: number;
}

/** Joiners above the axis, leavers below, in the order of FLOW_ROUTES. */
const ROUTE_LABELS: Readonly<Record<string, string>> = {
  training: 'From training', international: 'International recruitment', return_to_practice: 'Return to practice',
  other_sectors: 'From other specialties or sectors', moves_in: 'Moves in from other networks', moves_out: 'Moves out to other networks',
  leavers_nhs: 'Leaving the NHS', retirements: 'Retirement',
};
const ROUTE_ORDER = Object.keys(ROUTE_LABELS);
const routeLabel = (route: string): string => ROUTE_LABELS[route] ?? label(route);

/**
 * Pipeline: joiners (above zero) and leavers (below) of qualified staff by route and year, all
 * networks, one panel per role. Moves between networks net to zero nationally, so they show
 * only when the projection covers part of the country.
 */
export function pipelineFlows(rows: readonly FlowPoint[]): ChartDef | undefined {
  if (rows.length === 0) return undefined;
  const totals = new Map<string, { role: string; year: number; route: string; heads: number }>();
  for (const r of rows) {
    const key = `${r.role}|${r.year}|${r.route}`;
    const t = totals.get(key) ?? { role: label(r.role), year: r.year, route: routeLabel(r.route), heads: 0 };
    t.heads += r.heads;
    totals.set(key, t);
  }
  const routes = ROUTE_ORDER.map(routeLabel);
  const values = [...totals.values()].map((v) => ({ ...v, order: routes.indexOf(v.route) }));
  const spec = {
    $schema: SCHEMA,
    config: CHART_CONFIG,
    title: 'Joiners and leavers of qualified staff by route (all networks)',
    data: { values },
    facet: { field: 'role', type: 'nominal', title: 'Role', sort: unique(values.map((v) => v.role)) },
    columns: 3,
    spec: {
      width: 180,
      height: 180,
      mark: { type: 'bar', stroke: 'white', strokeWidth: 0.5 },
      encoding: {
        x: { field: 'year', type: 'ordinal', title: 'Year' },
        y: { field: 'heads', type: 'quantitative', title: 'Heads a year (leavers below zero)', stack: 'zero' },
        color: { field: 'route', type: 'nominal', title: 'Route', scale: { domain: routes, range: OKABE_ITO.slice(0, routes.length) } },
        order: { field: 'order', type: 'quantitative' },
        tooltip: [{ field: 'role' }, { field: 'route' }, { field: 'year' }, { field: 'heads', format: ',.1f' }],
      },
    },
    resolve: { scale: { y: 'independent' } },
  };
  const lastYear = Math.max(...values.map((v) => v.year));
  return {
    name: 'pipeline-flows',
    title: spec.title,
    description: `Heads joining qualified posts by route (above zero: ${routes.slice(0, 5).join(', ')}) and leaving (below: ${routes.slice(5).join(', ')}), means over replications. Each year's bars add up to the change in qualified headcount, so they explain the trend. The table gives the final year.`,
    spec: spec as unknown as ChartDef['spec'],
    table: { columns: ['Role', 'Route', `Heads in ${lastYear}`], rows: values.filter((v) => v.year === lastYear).map((v) => [v.role, v.route, round(v.heads, 1)]) },
  };
}

/** A `training_allocation.csv` row. */
export interface AllocationPoint {
  readonly network: string;
  readonly role: string;
  readonly places: number;
  readonly placesPopulationShare: number;
  readonly gapClosedFte: number;
  readonly ftePer100kBefore: number;
  readonly ftePer100kAfter: number;
}

/** Pipeline: the gap-closing split of national places beside the population-share split, by network and role. */
export function pipelineAllocation(rows: readonly AllocationPoint[]): ChartDef | undefined {
  if (rows.length === 0) return undefined;
  const GAP = 'Split closing the gaps';
  const POPULATION = 'Split by population share';
  const values = rows.flatMap((r) => [
    { role: label(r.role), network: label(r.network), split: GAP, places: r.places },
    { role: label(r.role), network: label(r.network), split: POPULATION, places: r.placesPopulationShare },
  ]);
  const spec = {
    $schema: SCHEMA,
    config: CHART_CONFIG,
    title: 'National training places a year split between networks: closing the gaps vs population share',
    data: { values },
    facet: { field: 'role', type: 'nominal', title: 'Role', sort: unique(values.map((v) => v.role)) },
    columns: 3,
    spec: {
      width: 200,
      height: 160,
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'network', type: 'nominal', title: null },
        yOffset: { field: 'split', sort: [GAP, POPULATION] },
        x: { field: 'places', type: 'quantitative', title: 'Places a year' },
        color: { field: 'split', type: 'nominal', title: 'Split', scale: { domain: [GAP, POPULATION], range: [OKABE_ITO[0]!, OKABE_ITO[8]!] } },
        tooltip: [{ field: 'role' }, { field: 'network' }, { field: 'split' }, { field: 'places' }],
      },
    },
  };
  return {
    name: 'pipeline-allocation',
    title: spec.title,
    description: 'Places a year per network under the split that closes most of each network\'s final-year gap (blue) and under a split by population share (grey), side by side; the table adds the gap each closes and FTE per 100,000 population.',
    spec: spec as unknown as ChartDef['spec'],
    table: {
      columns: ['Role', 'Network', 'Places (gap split)', 'Places (population share)', 'Gap closed (FTE)', 'FTE per 100,000 now', 'FTE per 100,000 after'],
      rows: rows.map((r) => [label(r.role), label(r.network), r.places, r.placesPopulationShare, round(r.gapClosedFte, 1), round(r.ftePer100kBefore, 2), round(r.ftePer100kAfter, 2)]),
    },
  };
}

/** A `supply_anchors.csv` row. */
export interface AnchorPoint {
  readonly year: number;
  readonly role: string;
  readonly measure: string;
  readonly anchor: number;
  readonly low: number;
  readonly high: number;
  readonly model: number;
  readonly within: string;
  readonly note: string;
}

/** Pipeline: each published anchor's tolerance range (bar) and value (tick) against the projection (point). */
export function pipelineAnchors(rows: readonly AnchorPoint[]): ChartDef | undefined {
  const shown = rows.filter((r) => Number.isFinite(r.model));
  if (shown.length === 0) return undefined;
  const values = shown.map((r) => ({ ...r, name: `${label(r.role)}: ${label(r.measure)} ${r.year}` }));
  const spec = {
    $schema: SCHEMA,
    config: CHART_CONFIG,
    title: 'Published workforce anchors against the projection (England)',
    data: { values },
    width: 360,
    height: { step: 28 },
    layer: [
      { mark: { type: 'bar', color: '#DDDDDD', height: 14 }, encoding: { y: { field: 'name', type: 'nominal', title: null, axis: { labelLimit: 420 } }, x: { field: 'low', type: 'quantitative', title: 'Heads or places' }, x2: { field: 'high' } } },
      { mark: { type: 'tick', color: '#000000', thickness: 2 }, encoding: { y: { field: 'name', type: 'nominal' }, x: { field: 'anchor', type: 'quantitative' } } },
      { mark: { type: 'point', filled: true, size: 80, color: OKABE_ITO[1]! }, encoding: { y: { field: 'name', type: 'nominal' }, x: { field: 'model', type: 'quantitative' }, tooltip: [{ field: 'name' }, { field: 'anchor' }, { field: 'model', format: ',.1f' }, { field: 'within' }] } },
    ],
  };
  return {
    name: 'pipeline-anchors',
    title: spec.title,
    description: 'Grey bars: the tolerance stated for each published figure; black tick: the figure; orange point: the projection (mean over replications, all networks). Anchors the projection cannot show are listed in the notes.',
    spec: spec as unknown as ChartDef['spec'],
    table: {
      columns: ['Anchor', 'Published', 'Tolerance', 'Model', 'Within'],
      rows: values.map((v) => [v.name, v.anchor, `${v.low}-${v.high}`, round(v.model, 1), v.within === 'true' ? 'yes' : 'NO']),
    },
  };
}
