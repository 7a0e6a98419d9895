import type { CgsEquity, Estimate } from '../equity-records.js';
import { round, SCHEMA, type ChartDef } from './chart.js';
import { scopeIdLabel } from './scopes.js';
import { CHART_CONFIG, OKABE_ITO, RTT_STANDARD_SHARE } from './theme.js';

interface Measure {
  readonly title: string;
  /** The measure in a sentence. */
  readonly noun: string;
  readonly pick: (r: CgsEquity) => Estimate | undefined;
  readonly format: string;
  /** A reference a planner reads the bars against, or none. */
  readonly reference?: number;
}

const MEASURES: readonly Measure[] = [
  { title: 'Access ratio (referrals / expected need)', noun: 'access ratio', pick: (r) => r.accessRatio, format: '.1f', reference: 1 },
  { title: 'Median wait of those waiting (weeks)', noun: 'median wait of those on its list at the year end', pick: (r) => r.medianWaitWeeks, format: '.0f' },
  { title: 'Within 18 weeks (%)', noun: 'share of its list within 18 weeks', pick: (r) => r.pctWithin18Weeks, format: '.0%', reference: RTT_STANDARD_SHARE },
];

/**
 * Small multiples of each CGS, grouped by network (a row of panels a network): access ratio
 * when the run has it, the median wait of those on the list at the year end and the share of the list within 18
 * weeks, in the last year, with 95% confidence intervals. Undefined when no CGS has a wait.
 */
export function equitySmallMultiples(records: readonly CgsEquity[], year: number): ChartDef | undefined {
  const measures = MEASURES.filter((m) => records.some((r) => m.pick(r) !== undefined));
  const values = records.flatMap((r) => measures.flatMap((m) => {
    const e = m.pick(r);
    return e === undefined ? [] : [{ cgs: r.cgs, network: scopeIdLabel('network', r.network), measure: m.title, value: e.mean, low: e.low, high: e.high }];
  }));
  if (!values.some((v) => v.measure !== MEASURES[0]!.title)) return undefined;
  const networks = [...new Set(values.map((v) => v.network))];
  const domains = new Map(measures.map((m) => [m.title, xDomain(m, values.filter((v) => v.measure === m.title))]));
  // A grid of plain layered views (a row a network, a column a measure) rather than a facet:
  // vega-lite cannot give layered facet cells their own CGS axis without warnings.
  const cell = (network: string, row: number, m: Measure, column: number) => {
    const last = row === networks.length - 1;
    const y = { field: 'cgs', type: 'nominal', title: column === 0 ? network : null, axis: { titleAngle: 0, titleAlign: 'right', titleAnchor: 'middle' } };
    const x = { field: 'value', type: 'quantitative', title: last ? m.title : null, scale: { domain: domains.get(m.title) }, axis: { format: m.format, labels: last } };
    return {
      transform: [{ filter: { and: [{ field: 'network', equal: network }, { field: 'measure', equal: m.title }] } }],
      width: 170,
      height: { step: 16 },
      layer: [
        { mark: { type: 'bar', opacity: 0.85, color: OKABE_ITO[row % OKABE_ITO.length] }, encoding: { y, x } },
        { mark: { type: 'rule', color: '#000000' }, encoding: { y: { field: 'cgs', type: 'nominal' }, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
        ...(m.reference === undefined ? [] : [{ mark: { type: 'rule', color: '#000000', strokeDash: [4, 2] }, encoding: { x: { datum: m.reference, type: 'quantitative' } } }]),
      ],
    };
  };
  const spec = {
    $schema: SCHEMA,
    config: CHART_CONFIG,
    title: `Waits and access by CGS, grouped by network, ${year}`,
    data: { values },
    columns: measures.length,
    spacing: { row: 6, column: 24 },
    concat: networks.flatMap((network, row) => measures.map((m, column) => cell(network, row, m, column))),
  };
  const reading = measures.filter((m) => m.reference !== undefined).map((m) => (m.reference === 1 ? 'access ratio 1 (referrals equal expected need)' : '92% within 18 weeks')).join(' and ');
  return {
    name: 'equity-small-multiples',
    title: spec.title,
    description: `Each CGS's ${measures.map((m) => m.noun).join(', ')} in ${year}, one row of panels a network, with 95% confidence intervals as black lines` +
      `${reading !== '' ? `; dashed lines mark ${reading}` : ''}.`,
    spec: spec as unknown as ChartDef['spec'],
    table: {
      columns: ['Network', 'CGS', ...measures.map((m) => m.title)],
      rows: records.map((r) => [scopeIdLabel('network', r.network), r.cgs, ...measures.map((m) => tableCell(m, m.pick(r)))]),
    },
  };
}

/** One x range a measure shares across networks, so rows compare: from 0 to past the largest interval. */
function xDomain(m: Measure, rows: readonly { value: number; high: number }[]): [number, number] {
  const top = Math.max(m.reference ?? 0, ...rows.map((r) => (Number.isFinite(r.high) ? r.high : r.value)));
  return [0, m.format === '.0%' ? 1 : top > 0 ? top * 1.05 : 1];
}

function tableCell(m: Measure, e: Estimate | undefined): string | number {
  if (e === undefined) return '';
  return m.format === '.0%' ? `${round(e.mean * 100)}%` : round(e.mean, m.format === '.1f' ? 2 : 1);
}
