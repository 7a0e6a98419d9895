import { unique } from '../charts/chart.js';
import { label } from '../charts/theme.js';
import { tornado } from '../charts/tornado.js';
import type { Headline } from '../html/headline.js';
import type { ResultFolder } from '../read-results.js';
import type { SweepRow } from '../records-experiments.js';
import { defined, type ReportContent } from './content.js';
import { RESULT_FILES } from '../../results/columns.js';

const PREFERRED = ['waiting_list_end', 'pct_within_18_weeks', 'p92_wait_weeks'];

function metricsInOrder(rows: readonly SweepRow[]): string[] {
  const present = unique(rows.map((row) => row.metric));
  return [...PREFERRED.filter((m) => present.includes(m)), ...present.filter((m) => !PREFERRED.includes(m))];
}

/** For the first metric: the baseline result and the parameter that moves it most. */
export function sweepHeadlines(rows: readonly SweepRow[]): Headline[] {
  const metric = metricsInOrder(rows)[0];
  if (metric === undefined) return [];
  const forMetric = rows.filter((row) => row.metric === metric);
  const year = Math.max(...forMetric.map((row) => row.year));
  const inYear = forMetric.filter((row) => row.year === year);
  const baseline = inYear.find((row) => row.lowOrHigh === 'baseline');
  const headlines: Headline[] = [];
  const format: Headline['format'] = metric.startsWith('pct_') ? 'share' : 'number';
  if (baseline !== undefined) {
    headlines.push({ label: `Baseline ${label(metric).toLowerCase()}`, metric, value: baseline.mean, format, source: RESULT_FILES.sweep, year, ciLow: baseline.ciLow, ciHigh: baseline.ciHigh });
  }
  const swings = inYear.filter((row) => row.lowOrHigh === 'low' || row.lowOrHigh === 'high');
  const widest = [...swings].sort((a, b) => Math.abs(b.mean - (baseline?.mean ?? 0)) - Math.abs(a.mean - (baseline?.mean ?? 0)))[0];
  if (widest !== undefined && baseline !== undefined) {
    headlines.push({
      label: `Largest change: ${widest.parameter} at its ${widest.lowOrHigh} setting (${widest.value})`,
      metric, value: widest.mean - baseline.mean, format, source: RESULT_FILES.sweep, year,
    });
  }
  return headlines;
}

export function sweepReport(folder: ResultFolder): ReportContent {
  const rows = folder.sweep ?? [];
  return {
    title: folder.run.name ?? 'Sensitivity sweep',
    charts: metricsInOrder(rows).map((metric) => tornado(rows, metric)).filter(defined),
    headlines: sweepHeadlines(rows),
    notes: [],
  };
}
