import type { SweepRow } from '../records-experiments.js';
import { round, SCHEMA, unique, type ChartDef } from './chart.js';
import { CHART_CONFIG, label, metricTitle, OKABE_ITO } from './theme.js';

interface Bar {
  readonly parameter: string;
  readonly setting: string;
  readonly value: string;
  readonly mean: number;
  readonly baseline: number;
  readonly swing: number;
}

/**
 * The baseline is the row marked `baseline`; when a sweep wrote none, the midpoint of the
 * parameters' low and high means stands in, and the caption says so.
 */
function baselineOf(rows: readonly SweepRow[]): { value: number; recorded: boolean } {
  const marked = rows.find((row) => row.lowOrHigh === 'baseline');
  if (marked !== undefined) return { value: marked.mean, recorded: true };
  const means = rows.map((row) => row.mean).sort((a, b) => a - b);
  return { value: (means[0]! + means[means.length - 1]!) / 2, recorded: false };
}

function bars(rows: readonly SweepRow[], baseline: number): Bar[] {
  const settings = rows.filter((row) => row.lowOrHigh === 'low' || row.lowOrHigh === 'high');
  const swing = new Map<string, number>();
  for (const row of settings) swing.set(row.parameter, (swing.get(row.parameter) ?? 0) + Math.abs(row.mean - baseline));
  return settings.map((row) => ({
    parameter: row.parameter,
    setting: row.lowOrHigh === 'low' ? 'Low setting' : 'High setting',
    value: row.value,
    mean: row.mean,
    baseline,
    swing: swing.get(row.parameter) ?? 0,
  }));
}

/** The setting's value printed just beyond the end of its bar. */
function barEndLabel(y: object, test: string, align: 'left' | 'right', dx: number): object {
  return {
    transform: [{ filter: test }],
    mark: { type: 'text', fontSize: 10, baseline: 'middle', align, dx },
    encoding: { y, x: { field: 'mean', type: 'quantitative' }, text: { field: 'value' } },
  };
}

/** Sweep: one tornado per metric (final year), parameters sorted by the swing they cause. */
export function tornado(rows: readonly SweepRow[], metric: string): ChartDef | undefined {
  const forMetric = rows.filter((row) => row.metric === metric && Number.isFinite(row.mean));
  if (forMetric.length === 0) return undefined;
  const year = Math.max(...forMetric.map((row) => row.year));
  const inYear = forMetric.filter((row) => row.year === year);
  const { value: baseline, recorded } = baselineOf(inYear);
  const values = bars(inYear, baseline);
  if (values.length === 0) return undefined;
  const order = unique([...values].sort((a, b) => b.swing - a.swing).map((v) => v.parameter));
  const y = { field: 'parameter', type: 'nominal', title: 'Parameter', sort: order };
  const settingScale = { domain: ['Low setting', 'High setting'] };
  const spec = {
    $schema: SCHEMA,
    config: CHART_CONFIG,
    title: `Sensitivity of ${label(metric).toLowerCase()} in ${year}`,
    width: 520,
    height: { step: 30 },
    data: { values },
    layer: [
      {
        mark: { type: 'bar', stroke: '#000000', strokeWidth: 0.5, height: { band: 0.7 } },
        encoding: {
          y,
          x: { field: 'baseline', type: 'quantitative', title: metricTitle(metric), scale: { zero: false, padding: 40 } },
          x2: { field: 'mean' },
          color: { field: 'setting', type: 'nominal', title: 'Parameter setting', scale: { ...settingScale, range: [OKABE_ITO[0], OKABE_ITO[1]] } },
        },
      },
      barEndLabel(y, 'datum.mean < datum.baseline', 'right', -4),
      barEndLabel(y, 'datum.mean >= datum.baseline', 'left', 4),
      { data: { values: [{ baseline }] }, mark: { type: 'rule', color: '#000000', strokeWidth: 1.5 }, encoding: { x: { field: 'baseline', type: 'quantitative' } } },
    ],
  };
  const baselineNote = recorded ? `the baseline (${round(baseline, 2)})` : `the midpoint of the results (${round(baseline, 2)}; no baseline row was recorded)`;
  return {
    name: `tornado-${metric.replace(/_/g, '-')}`,
    title: spec.title,
    description: `Each bar runs from ${baselineNote}, shown as the vertical line, to the result at the parameter's low or high setting; the setting's value is printed at the bar end. Parameters are sorted by total swing.`,
    spec: spec as unknown as ChartDef['spec'],
    table: {
      columns: ['Parameter', 'Setting', 'Value', `${label(metric)}`],
      rows: values.map((v) => [v.parameter, v.setting, v.value, round(v.mean, 2)]),
    },
  };
}
