import type { ComparisonRow } from '../records-experiments.js';
import { round, SCHEMA, unique, type ChartDef } from './chart.js';
import { headlineScope, inScope, scopeIdLabel } from './scopes.js';
import { CHART_CONFIG, DASHES, label, metricTitle, OKABE_ITO, SHAPES } from './theme.js';

/** Compare: one metric by year for every scenario overlaid, with 95% CIs. */
export function scenarioMetric(rows: readonly ComparisonRow[], metric: string, scenarios: readonly string[]): ChartDef | undefined {
  const target = headlineScope(rows);
  if (target === undefined) return undefined;
  const values = rows
    .filter((row) => inScope(target)(row) && row.metric === metric && Number.isFinite(row.mean))
    .map((row) => ({ scenario: row.scenario, year: row.year, mean: row.mean, low: row.ciLow, high: row.ciHigh }));
  if (values.length === 0) return undefined;
  const domain = scenarios.length > 0 ? [...scenarios] : unique(values.map((v) => v.scenario));
  const channel = (range: readonly unknown[]) => ({ field: 'scenario', type: 'nominal', title: 'Scenario', scale: { domain, range: range.slice(0, domain.length) } });
  const isShare = metric.startsWith('pct_') || metric.startsWith('share_');
  const x = { field: 'year', type: 'ordinal', title: 'Year' };
  const y = { field: 'mean', type: 'quantitative', title: metricTitle(metric), ...(isShare ? { axis: { format: '.0%' } } : {}) };
  const title = `${label(metric)} by scenario: ${scopeIdLabel(target.scope, target.scopeId)}`;
  const spec = {
    $schema: SCHEMA,
    config: CHART_CONFIG,
    title,
    width: 520,
    height: 300,
    data: { values },
    layer: [
      { mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y, color: channel(OKABE_ITO), strokeDash: channel(DASHES) } },
      { mark: { type: 'point', filled: true, size: 50 }, encoding: { x, y, color: channel(OKABE_ITO), shape: channel(SHAPES) } },
      { mark: { type: 'rule' }, encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' }, color: channel(OKABE_ITO) } },
    ],
  };
  // Shares, indices and ratios live between 0 and about 1: one decimal would hide every difference.
  const digits = isShare || metric === 'wait_gini' || metric === 'access_ratio' ? 3 : 1;
  return {
    name: `scenarios-${metric.replace(/_/g, '-')}`,
    title,
    description: `Mean ${label(metric).toLowerCase()} per year for each scenario with 95% confidence intervals; scenarios differ by colour, dash style and point shape.`,
    spec: spec as unknown as ChartDef['spec'],
    table: {
      columns: ['Scenario', 'Year', 'Mean', '95% CI'],
      rows: values.map((v) => [v.scenario, v.year, round(v.mean, digits), `${round(v.low, digits)} to ${round(v.high, digits)}`]),
    },
  };
}
