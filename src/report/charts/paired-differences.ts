import type { ComparisonRow } from '../records-experiments.js';
import { round, SCHEMA, unique, type ChartDef } from './chart.js';
import { headlineScope, inScope, scopeIdLabel } from './scopes.js';
import { CHART_CONFIG, metricTitle, OKABE_ITO } from './theme.js';

const DISTINGUISHABLE = 'Yes: CI excludes zero';
const NOT_DISTINGUISHABLE = 'No: CI includes zero';

/** Compare: each scenario's paired difference from the first scenario, with its CI, in the final year. */
export function pairedDifferences(rows: readonly ComparisonRow[], firstScenario: string): ChartDef | undefined {
  const target = headlineScope(rows);
  if (target === undefined) return undefined;
  const scoped = rows.filter(inScope(target));
  const year = Math.max(...scoped.map((row) => row.year));
  const values = scoped
    .filter((row) => row.year === year && row.scenario !== firstScenario && Number.isFinite(row.diffFromFirst))
    .map((row) => ({
      metric: metricTitle(row.metric),
      scenario: row.scenario,
      diff: row.diffFromFirst,
      low: row.diffCiLow,
      high: row.diffCiHigh,
      distinguishable: row.distinguishable === 'yes' ? DISTINGUISHABLE : NOT_DISTINGUISHABLE,
    }));
  if (values.length === 0) return undefined;
  const y = { field: 'scenario', type: 'nominal', title: null, sort: unique(values.map((v) => v.scenario)) };
  const x = { field: 'diff', type: 'quantitative', title: `Difference from ${firstScenario} (units as in panel title)` };
  const spec = {
    $schema: SCHEMA,
    config: CHART_CONFIG,
    title: `Paired differences from "${firstScenario}" in ${year}: ${scopeIdLabel(target.scope, target.scopeId)}`,
    data: { values },
    facet: { row: { field: 'metric', type: 'nominal', title: null, header: { labelAngle: 0, labelAlign: 'left', labelOrient: 'top' } } },
    spec: {
      width: 480,
      height: { step: 26 },
      layer: [
        { mark: { type: 'rule', strokeWidth: 2, color: '#555555' }, encoding: { y, x: { ...x, field: 'low' }, x2: { field: 'high' } } },
        {
          mark: { type: 'point', size: 90, filled: true, strokeWidth: 1.5 },
          encoding: {
            y, x,
            color: { field: 'distinguishable', type: 'nominal', title: 'Distinguishable from first scenario', scale: { domain: [DISTINGUISHABLE, NOT_DISTINGUISHABLE], range: [OKABE_ITO[1], OKABE_ITO[0]] } },
            shape: { field: 'distinguishable', type: 'nominal', title: 'Distinguishable from first scenario', scale: { domain: [DISTINGUISHABLE, NOT_DISTINGUISHABLE], range: ['diamond', 'circle'] } },
          },
        },
        { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#000000', strokeDash: [4, 2] }, encoding: { x: { field: 'zero', type: 'quantitative' } } },
      ],
    },
    resolve: { scale: { x: 'independent' } },
  };
  return {
    name: 'paired-differences',
    title: spec.title,
    description: 'Mean paired difference of each scenario from the first (common random numbers) with its 95% confidence interval as a horizontal line; the dashed line is no difference. Diamonds mark differences whose interval excludes zero.',
    spec: spec as unknown as ChartDef['spec'],
    table: {
      columns: ['Metric', 'Scenario', 'Difference', '95% CI', 'Distinguishable'],
      rows: values.map((v) => [v.metric, v.scenario, round(v.diff, 2), `${round(v.low, 2)} to ${round(v.high, 2)}`, v.distinguishable.startsWith('Yes') ? 'yes' : 'no']),
    },
  };
}
