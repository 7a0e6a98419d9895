import type { UncertaintyDriverRow } from '../records-uncertainty.js';
import { round, SCHEMA, unique, type ChartDef } from './chart.js';
import { CHART_CONFIG, label, OKABE_ITO } from './theme.js';

/** Inputs shown per headline: the rest are listed in uncertainty_drivers.csv. */
const SHOWN = 10;

/**
 * A tornado of rank correlations: for one headline, the uncertain inputs whose draws moved it
 * most across the replications, longest bar first; bars within the noise band are pale.
 */
export function uncertaintyDriversChart(rows: readonly UncertaintyDriverRow[], metric: string): ChartDef | undefined {
  const top = rows.filter((r) => r.metric === metric && Number.isFinite(r.rankCorrelation)).sort((a, b) => a.rank - b.rank).slice(0, SHOWN);
  if (top.length === 0) return undefined;
  const { year, n } = top[0]!;
  const values = top.map((r) => ({ input: r.input, rho: r.rankCorrelation, noise: r.beyondNoise ? 'Beyond chance' : 'Within chance' }));
  const title = `What drives ${label(metric).toLowerCase()} in ${year}`;
  const spec = {
    $schema: SCHEMA,
    config: CHART_CONFIG,
    title,
    width: 480,
    height: { step: 24 },
    data: { values },
    mark: { type: 'bar', stroke: '#000000', strokeWidth: 0.5 },
    encoding: {
      y: { field: 'input', type: 'nominal', title: 'Uncertain input', sort: unique(values.map((v) => v.input)) },
      x: { field: 'rho', type: 'quantitative', title: 'Rank correlation with the headline', scale: { domain: [-1, 1] } },
      color: { field: 'noise', type: 'nominal', title: `|correlation| vs chance (n = ${n})`, scale: { domain: ['Beyond chance', 'Within chance'], range: [OKABE_ITO[0], '#cccccc'] } },
    },
  };
  return {
    name: `uncertainty-drivers-${metric.replace(/_/g, '-')}`,
    title,
    description: `Spearman rank correlation between each uncertain input's draw and ${label(metric).toLowerCase()} across the ${n} replications; a positive bar means higher values of the input go with a higher figure. Pale bars are no larger than independent draws would give 5% of the time (1.96/√(n−1)).`,
    spec: spec as unknown as ChartDef['spec'],
    table: { columns: ['Uncertain input', 'Rank correlation', 'Beyond chance'], rows: top.map((r) => [r.input, round(r.rankCorrelation, 2), r.beyondNoise ? 'yes' : 'no']) },
  };
}
