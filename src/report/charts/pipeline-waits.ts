import { round, SCHEMA, unique, type ChartDef } from './chart.js';
import { CHART_CONFIG, label, OKABE_ITO } from './theme.js';

/** A `training_allocation_waits.csv` row. */
export interface AllocationWaitsPoint {
  readonly split: string;
  readonly network: string;
  readonly year: number;
  readonly replications: number;
  readonly medianWaitWeeks: number;
  readonly pctWithin18Weeks: number;
}

/** Colours as the allocation chart: gap-closing blue, population share grey; places as scheduled orange. */
const SPLIT_COLOURS: Readonly<Record<string, string>> = { current_schedule: OKABE_ITO[4]!, gap_closing: OKABE_ITO[0]!, population_share: OKABE_ITO[8]! };

const SPLIT_LABELS: Readonly<Record<string, string>> = {
  current_schedule: 'Places as scheduled',
  gap_closing: 'Split closing the gaps',
  population_share: 'Split by population share',
};

/** Largest less smallest value between networks, for one split. */
export function waitSpread(rows: readonly AllocationWaitsPoint[], split: string, field: 'medianWaitWeeks' | 'pctWithin18Weeks'): number {
  const values = rows.filter((r) => r.split === split).map((r) => r[field]).filter(Number.isFinite);
  return values.length > 0 ? Math.max(...values) - Math.min(...values) : NaN;
}

/**
 * Pipeline: each network's final-year share waiting under 18 weeks under the current places and both
 * splits, side by side. The 18-week share (of those waiting) is charted rather than the median wait of
 * those seen, which rises when added staff clear long waiters; the table gives both.
 */
export function pipelineAllocationWaits(rows: readonly AllocationWaitsPoint[]): ChartDef | undefined {
  if (rows.length === 0) return undefined;
  const splits = unique(rows.map((r) => r.split));
  const names = splits.map((s) => SPLIT_LABELS[s] ?? label(s));
  const values = rows.map((r) => ({ network: label(r.network), split: SPLIT_LABELS[r.split] ?? label(r.split), weeks: r.medianWaitWeeks, within: r.pctWithin18Weeks }));
  const { year, replications } = rows[0]!;
  const spec = {
    $schema: SCHEMA,
    config: CHART_CONFIG,
    title: `Waiting under 18 weeks by network in ${year}: places as scheduled, the gap-closing split and the population-share split`,
    data: { values },
    width: 420,
    height: 260,
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'network', type: 'nominal', title: null },
      yOffset: { field: 'split', sort: names },
      x: { field: 'within', type: 'quantitative', title: 'Share of those waiting who have waited under 18 weeks', axis: { format: '%' } },
      color: { field: 'split', type: 'nominal', title: 'Staffing', scale: { domain: names, range: splits.map((s) => SPLIT_COLOURS[s] ?? OKABE_ITO[6]!) } },
      tooltip: [{ field: 'network' }, { field: 'split' }, { field: 'weeks', format: '.1f' }, { field: 'within', format: '.1%' }],
    },
  };
  const spreads = splits.map((s) => `${SPLIT_LABELS[s] ?? s} ${round(waitSpread(rows, s, 'pctWithin18Weeks') * 100, 1)} points (median wait ${round(waitSpread(rows, s, 'medianWaitWeeks'), 1)} weeks)`).join(', ');
  return {
    name: 'pipeline-allocation-waits',
    title: spec.title,
    description: `The service model run with staffing from the training pipeline under each split of places (every allocated role at once; ${replications} replication(s) each with the same seed). Spread between networks of the share under 18 weeks: ${spreads}. The table adds the median wait of those seen in the year, which can rise where added staff clear long waiters while the share under 18 weeks rises too.`,
    spec: spec as unknown as ChartDef['spec'],
    table: {
      columns: ['Network', 'Staffing', 'Median wait (weeks)', '% within 18 weeks'],
      rows: rows.map((r) => [label(r.network), SPLIT_LABELS[r.split] ?? label(r.split), round(r.medianWaitWeeks, 1), round(r.pctWithin18Weeks * 100, 1)]),
    },
  };
}
