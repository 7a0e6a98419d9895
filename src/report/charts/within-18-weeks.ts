import type { SummaryRow } from '../records.js';
import { round, SCHEMA, unique, type ChartDef } from './chart.js';
import { scopeIdLabel } from './scopes.js';
import { CHART_CONFIG, DASHES, OKABE_ITO, RTT_STANDARD_SHARE, SHAPES } from './theme.js';

const METRIC = 'pct_within_18_weeks';

/**
 * Share of waiting patients within 18 weeks by year, nationally and per network, against the
 * 92% standard. Falls back to CGS rows when the file has no national or network rows.
 */
export function within18Weeks(summary: readonly SummaryRow[]): ChartDef | undefined {
  const metricRows = summary.filter((row) => row.metric === METRIC && Number.isFinite(row.mean));
  const preferred = metricRows.filter((row) => row.scope === 'national' || row.scope === 'network');
  const rows = preferred.length > 0 ? preferred : metricRows;
  if (rows.length === 0) return undefined;
  const values = rows.map((row) => ({
    place: scopeIdLabel(row.scope, row.scopeId),
    year: row.year,
    share: row.mean,
    // A share lies in 0-100%; a symmetric interval from few replications can reach past either end.
    low: Math.max(0, row.ciLow),
    high: Math.min(1, row.ciHigh),
  }));
  const places = unique(values.map((v) => v.place));
  const color = { field: 'place', type: 'nominal', title: 'Place', scale: { domain: places, range: OKABE_ITO.slice(0, places.length) } };
  const x = { field: 'year', type: 'ordinal', title: 'Year' };
  const spec = {
    $schema: SCHEMA,
    config: CHART_CONFIG,
    title: 'Share of waiting patients within 18 weeks',
    width: 520,
    height: 280,
    data: { values },
    layer: [
      {
        mark: { type: 'line', strokeWidth: 2, point: false },
        encoding: {
          x,
          y: { field: 'share', type: 'quantitative', title: 'Within 18 weeks (%)', axis: { format: '.0%' }, scale: { domain: [0, 1] } },
          color,
          strokeDash: { field: 'place', type: 'nominal', title: 'Place', scale: { domain: places, range: DASHES.slice(0, places.length) } },
        },
      },
      {
        mark: { type: 'point', filled: true, size: 60 },
        encoding: { x, y: { field: 'share', type: 'quantitative' }, color, shape: { field: 'place', type: 'nominal', title: 'Place', scale: { domain: places, range: SHAPES.slice(0, places.length) } } },
      },
      { mark: { type: 'rule' }, encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' }, color } },
      {
        data: { values: [{ standard: RTT_STANDARD_SHARE }] },
        layer: [
          { mark: { type: 'rule', color: '#000000', strokeDash: [4, 2], strokeWidth: 1.5 }, encoding: { y: { field: 'standard', type: 'quantitative' } } },
          { mark: { type: 'text', align: 'left', dx: 4, dy: -7, x: 0, fontWeight: 'bold' }, encoding: { y: { field: 'standard', type: 'quantitative' }, text: { value: '92% standard' } } },
        ],
      },
    ],
  };
  return {
    name: 'within-18-weeks',
    title: spec.title,
    description: 'Mean share of patients on the waiting list who have waited under 18 weeks at year end, with 95% confidence intervals as vertical lines (cut at 0% and 100%); the dashed black line is the 92% standard.',
    spec: spec as unknown as ChartDef['spec'],
    table: {
      columns: ['Place', 'Year', 'Within 18 weeks', '95% CI'],
      rows: values.map((v) => [v.place, v.year, `${round(v.share * 100)}%`, `${round(v.low * 100)}–${round(v.high * 100)}%`]),
    },
  };
}
