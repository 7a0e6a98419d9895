import type { WaitDistributionRow } from '../records.js';
import { round, SCHEMA, unique, type ChartDef } from './chart.js';
import { headlineScope, inScope, scopeIdLabel } from './scopes.js';
import { CHART_CONFIG, OKABE_ITO, RTT_STANDARD_WEEKS } from './theme.js';

/** Years to show: all when few, otherwise the first and last so the change stands out. */
function yearsShown(years: readonly number[]): number[] {
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.length <= 3 ? sorted : [sorted[0]!, sorted[sorted.length - 1]!];
}

/** Histogram of how long patients on the list at year end have waited, one panel per year. */
export function waitDistribution(rows: readonly WaitDistributionRow[]): ChartDef | undefined {
  const target = headlineScope(rows);
  if (target === undefined) return undefined;
  const scoped = rows.filter(inScope(target));
  const years = yearsShown(unique(scoped.map((row) => row.year)));
  const values = scoped
    .filter((row) => years.includes(row.year))
    .map((row) => ({ year: row.year, from: row.waitWeeksFrom, to: row.waitWeeksTo, share: row.share }));
  const place = scopeIdLabel(target.scope, target.scopeId);
  const layer = [
    {
      mark: { type: 'rect', color: OKABE_ITO[0], stroke: 'white', strokeWidth: 1 },
      encoding: {
        x: { field: 'from', type: 'quantitative', title: 'Time waited so far (weeks)' },
        x2: { field: 'to' },
        y: { field: 'share', type: 'quantitative', title: 'Share of waiting list (%)', axis: { format: '.0%' } },
      },
    },
    {
      data: { values: [{ weeks: RTT_STANDARD_WEEKS }] },
      layer: [
        { mark: { type: 'rule', color: '#000000', strokeDash: [4, 2], strokeWidth: 1.5 }, encoding: { x: { field: 'weeks', type: 'quantitative' } } },
        { mark: { type: 'text', align: 'left', dx: 4, y: 8, fontWeight: 'bold' }, encoding: { x: { field: 'weeks', type: 'quantitative' }, text: { value: '18 weeks' } } },
      ],
    },
  ];
  const spec = {
    $schema: SCHEMA,
    config: CHART_CONFIG,
    title: `Waiting times of patients on the list at year end: ${place}`,
    data: { values },
    facet: { row: { field: 'year', type: 'ordinal', title: 'Year' } },
    spec: { width: 520, height: 140, layer },
  };
  return {
    name: 'wait-distribution',
    title: spec.title,
    description: 'Share of patients still waiting at the end of each year by how long they had waited; the dashed line marks 18 weeks.',
    spec: spec as unknown as ChartDef['spec'],
    table: {
      columns: ['Year', 'Waited (weeks)', 'Share'],
      rows: values.map((v) => [v.year, `${v.from}–${v.to}`, `${round(v.share * 100)}%`]),
    },
  };
}
