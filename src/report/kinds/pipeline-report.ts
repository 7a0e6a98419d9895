import { pipelineStocks, pipelineSupply } from '../charts/pipeline.js';
import type { Headline } from '../html/headline.js';
import type { ResultFolder } from '../read-results.js';
import type { PipelineRow } from '../records-experiments.js';
import { defined, type ReportContent } from './content.js';
import { RESULT_FILES } from '../../results/columns.js';

const sum = (values: readonly number[]): number => values.reduce((total, v) => total + v, 0);

/** Final-year totals over networks and roles. */
export function pipelineHeadlines(rows: readonly PipelineRow[]): Headline[] {
  if (rows.length === 0) return [];
  const year = Math.max(...rows.map((row) => row.year));
  const final = rows.filter((row) => row.year === year);
  const base = { source: RESULT_FILES.pipeline, scope: 'national', scopeId: 'all networks', year };
  return [
    { ...base, label: 'FTE supply, all roles', metric: 'fte_supply', value: sum(final.map((r) => r.fteSupply)), format: 'fte' },
    { ...base, label: 'FTE needed, all roles', metric: 'fte_needed', value: sum(final.map((r) => r.fteNeeded)), format: 'fte' },
    { ...base, label: 'FTE gap, all roles', metric: 'gap', value: sum(final.map((r) => r.gap)), format: 'fte' },
    { ...base, label: 'Trainees in training', metric: 'trainees', value: sum(final.map((r) => r.trainees)), format: 'count' },
  ];
}

export function pipelineReport(folder: ResultFolder): ReportContent {
  const rows = folder.pipeline ?? [];
  return {
    title: folder.run.name ?? 'Training pipeline',
    charts: [pipelineSupply(rows), pipelineStocks(rows)].filter(defined),
    headlines: pipelineHeadlines(rows),
    notes: [],
  };
}
