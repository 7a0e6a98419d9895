import type { WaitDistributionRow } from '../records.js';
import { round, SCHEMA, unique, type ChartDef } from './chart.js';
import { headlineScope, inScope, scopeIdLabel } from './scopes.js';
import { CHART_CONFIG, OKABE_ITO, RTT_STANDARD_WEEKS } from './theme.js';

const UNDER = `Under ${RTT_STANDARD_WEEKS} weeks`;
const OVER = `${RTT_STANDARD_WEEKS} weeks or more`;

/** Years to show: all when few, otherwise the first and last so the change stands out. */
function yearsShown(years: readonly number[]): number[] {
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.length <= 3 ? sorted : [sorted[0]!, sorted[sorted.length - 1]!];
}

/**
 * How long patients on the list at year end have waited, one panel per year. Bands have
 * unequal widths, so bars sit side by side as categories rather than on a weeks scale.
 */
export function waitDistribution(rows: readonly WaitDistributionRow[]): ChartDef | undefined {
  const target = headlineScope(rows);
  if (target === undefined) return undefined;
  const scoped = rows.filter(inScope(target));
  const years = yearsShown(unique(scoped.map((row) => row.year)));
  const values = scoped
    .filter((row) => years.includes(row.year))
    .sort((a, b) => a.waitWeeksFrom - b.waitWeeksFrom)
    .map((row) => ({
      year: row.year,
      band: `${row.waitWeeksFrom}–${row.waitWeeksTo}`,
      from: row.waitWeeksFrom,
      share: row.share,
      group: row.waitWeeksFrom >= RTT_STANDARD_WEEKS ? OVER : UNDER,
    }));
  const place = scopeIdLabel(target.scope, target.scopeId);
  const x = { field: 'band', type: 'ordinal', title: 'Time waited so far (weeks)', sort: unique(values.map((v) => v.band)) };
  const y = { field: 'share', type: 'quantitative', title: 'Share (%)', axis: { format: '.0%' } };
  const spec = {
    $schema: SCHEMA,
    config: CHART_CONFIG,
    title: `Waiting times of patients on the list at year end: ${place}`,
    data: { values },
    facet: { row: { field: 'year', type: 'ordinal', title: 'Year' } },
    spec: {
      width: 480,
      height: 150,
      layer: [
        {
          mark: { type: 'bar', stroke: '#000000', strokeWidth: 0.5 },
          encoding: {
            x, y,
            color: { field: 'group', type: 'nominal', title: 'Time waited', scale: { domain: [UNDER, OVER], range: [OKABE_ITO[0], OKABE_ITO[1]] } },
          },
        },
        { mark: { type: 'text', dy: -6, fontSize: 10 }, encoding: { x, y, text: { field: 'share', format: '.0%' } } },
      ],
    },
  };
  return {
    name: 'wait-distribution',
    title: spec.title,
    description: `Share of patients still waiting at the end of each year by how long they had waited; bars from ${RTT_STANDARD_WEEKS} weeks on are in vermillion, and each bar is labelled with its share.`,
    spec: spec as unknown as ChartDef['spec'],
    table: {
      columns: ['Year', 'Waited (weeks)', 'Share'],
      rows: values.map((v) => [v.year, v.band, `${round(v.share * 100)}%`]),
    },
  };
}
