import { join } from 'node:path';
import { SCHEMA, type ChartDef } from '../charts/chart.js';
import { CHART_CONFIG, OKABE_ITO } from '../charts/theme.js';
import type { Headline } from '../html/headline.js';
import { readCsvIfPresent, type CsvRow } from '../read-csv.js';
import type { ResultFolder } from '../read-results.js';
import { defined, missingNote, type ReportContent } from './content.js';

const num = (text: string | undefined): number => (text === undefined || text === '' ? Number.NaN : Number(text));
const seriesLabel = (r: CsvRow): string => `${r.metric} ${r.scope_id} ${r.year}${r.year_simulated && r.year_simulated !== r.year ? `→${r.year_simulated}` : ''}`;

/**
 * Observed against simulated as a ratio to the observed value, so figures of different units
 * share one axis: the observed value at 1 with its 95% range, the simulated mean with its 95% CI.
 */
function fitChart(rows: readonly CsvRow[], name: string, title: string, description: string): ChartDef | undefined {
  const values = rows.filter((r) => r.simulated_mean !== '' && num(r.observed) !== 0).map((r) => {
    const o = num(r.observed);
    return {
      series: seriesLabel(r), observedLow: num(r.fit_range_low) / o, observedHigh: num(r.fit_range_high) / o,
      simulated: num(r.simulated_mean) / o, simulatedLow: num(r.simulated_ci_low) / o, simulatedHigh: num(r.simulated_ci_high) / o,
      reproduced: r.reproduced === 'yes' ? 'within the observed range' : 'outside the observed range',
    };
  });
  if (values.length === 0) return undefined;
  const y = { field: 'series', type: 'nominal', title: null, sort: null, axis: { labelLimit: 360 } };
  const spec = {
    $schema: SCHEMA, config: CHART_CONFIG, title, width: 460, height: { step: 26 }, data: { values },
    layer: [
      { mark: { type: 'rule', color: '#999999', strokeWidth: 8, opacity: 0.5 }, encoding: { y, x: { field: 'observedLow', type: 'quantitative', title: 'Simulated ÷ observed (1 = observed)', scale: { zero: false } }, x2: { field: 'observedHigh' } } },
      { mark: { type: 'rule', color: '#000000', strokeDash: [4, 3] }, encoding: { x: { datum: 1 } } },
      { mark: { type: 'rule' }, encoding: { y, x: { field: 'simulatedLow', type: 'quantitative' }, x2: { field: 'simulatedHigh' }, color: { field: 'reproduced', type: 'nominal', title: 'Simulated mean', scale: { domain: ['within the observed range', 'outside the observed range'], range: [OKABE_ITO[0], OKABE_ITO[1]] } } } },
      { mark: { type: 'point', filled: true, size: 70 }, encoding: { y, x: { field: 'simulated', type: 'quantitative' }, color: { field: 'reproduced', type: 'nominal' }, shape: { field: 'reproduced', type: 'nominal' } } },
    ],
  };
  return {
    name, title, description, spec: spec as unknown as ChartDef['spec'],
    table: {
      columns: ['Series', 'Observed', 'Range used in the fit', 'Simulated mean', 'Simulated 95% CI', 'Reproduced', 'Confidence'],
      rows: rows.map((r) => [seriesLabel(r), r.observed!, `${r.fit_range_low} to ${r.fit_range_high}`, r.simulated_mean || 'not compared',
        r.simulated_mean ? `${r.simulated_ci_low} to ${r.simulated_ci_high}` : '', r.reproduced || '', r.confidence!]),
    },
  };
}

/** Fitted parameters on the share of their allowed range, with 95% intervals; unidentified ones say so. */
function parameterChart(rows: readonly CsvRow[]): ChartDef | undefined {
  if (rows.length === 0) return undefined;
  const box = (r: CsvRow, column: string) => (num(r[column]) - num(r.low_bound)) / (num(r.high_bound) - num(r.low_bound));
  const values = rows.map((r) => ({ parameter: r.parameter, value: box(r, 'value'), low: box(r, 'ci_low'), high: box(r, 'ci_high'), initial: box(r, 'initial'),
    identified: r.identified === 'yes' ? 'identified by the data' : 'not identified' }));
  const y = { field: 'parameter', type: 'nominal', title: null, sort: null, axis: { labelLimit: 360 } };
  const color = { field: 'identified', type: 'nominal', title: 'Fitted value', scale: { domain: ['identified by the data', 'not identified'], range: [OKABE_ITO[2], OKABE_ITO[1]] } };
  const spec = {
    $schema: SCHEMA, config: CHART_CONFIG, title: 'Fitted parameters within their allowed ranges', width: 460, height: { step: 26 }, data: { values },
    layer: [
      { mark: { type: 'rule' }, encoding: { y, x: { field: 'low', type: 'quantitative', title: 'Position in the allowed range (0 = lower bound, 1 = upper)', scale: { domain: [0, 1] } }, x2: { field: 'high' }, color } },
      { mark: { type: 'point', filled: true, size: 70 }, encoding: { y, x: { field: 'value', type: 'quantitative' }, color, shape: { field: 'identified', type: 'nominal' } } },
      { mark: { type: 'tick', color: '#000000' }, encoding: { y, x: { field: 'initial', type: 'quantitative' } } },
    ],
  };
  return {
    name: 'calibrated-parameters', title: 'Fitted parameters', spec: spec as unknown as ChartDef['spec'],
    description: 'Each fitted parameter as a point on its allowed range with its approximate 95% interval (from the fit\'s local curvature); the black tick is the starting value. A parameter whose interval spans most of its range is not identified by the observations.',
    table: {
      columns: ['Parameter', 'Start', 'Fitted', '95% interval', 'Identified', 'Why not'],
      rows: rows.map((r) => [r.parameter!, r.initial!, r.value!, `${r.ci_low} to ${r.ci_high}`, r.identified!, [r.why_not, r.trades_off_with ? `trades off with ${r.trades_off_with}` : ''].filter(Boolean).join('; ')]),
    },
  };
}

function headlines(fits: readonly CsvRow[], params: readonly CsvRow[]): Headline[] {
  const used = fits.filter((r) => r.used_in_fit === 'yes');
  const reproduced = used.filter((r) => r.reproduced === 'yes').length;
  const unidentified = params.filter((r) => r.identified !== 'yes').length;
  return [
    { label: 'Observed figures reproduced (within their 95% range)', metric: 'reproduced', value: used.length > 0 ? reproduced / used.length : Number.NaN, format: 'share', source: 'fit.csv' },
    { label: 'Parameters the observations cannot identify', metric: 'unidentified', value: unidentified, format: 'count', source: 'parameters.csv' },
  ];
}

export async function calibrateReport(folder: ResultFolder): Promise<ReportContent> {
  const fits = (await readCsvIfPresent(join(folder.dir, 'fit.csv'))) ?? [];
  const params = (await readCsvIfPresent(join(folder.dir, 'parameters.csv'))) ?? [];
  const used = fits.filter((r) => r.used_in_fit === 'yes');
  const held = fits.filter((r) => r.used_in_fit !== 'yes');
  const notes = [
    ...(fits.length === 0 ? [missingNote('fit.csv', 'fit chart')] : []),
    ...params.filter((r) => r.identified !== 'yes').map((r) => `${r.parameter}: the observations cannot identify it (${r.why_not}${r.trades_off_with ? `; trades off with ${r.trades_off_with}` : ''}). Its fitted value is one of many equally good ones: treat it as an assumption.`),
    ...held.filter((r) => r.note).map((r) => `${seriesLabel(r)}: ${r.note}.`),
  ];
  const validate = fitChart(held, 'validate-fit', 'Validate-fit: observed figures not used in fitting',
    'Observed figures kept out of the fit (weight 0), against the calibrated model: an independent check of the fit.');
  if (validate === undefined) notes.push('Validate-fit: none of the figures kept out of the fit (weight 0) could be compared with the simulated years and scopes, so the fit has no independent check here; add observed figures with weight 0 (a back-cast scenario reaches earlier years).');
  return {
    title: folder.run.name ?? 'Calibration',
    charts: [
      fitChart(used, 'fit', 'Fit: observed figures used in fitting against the calibrated model',
        'For each observed figure used in fitting, the simulated mean and 95% CI as a ratio to the observed value (dashed line at 1); the grey band is the range the fit gives the figure (its own 95% range, else the spread its confidence implies).'),
      validate,
      parameterChart(params),
    ].filter(defined),
    headlines: headlines(fits, params),
    notes,
  };
}

