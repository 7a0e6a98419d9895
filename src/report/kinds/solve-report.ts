import { headlineScope, inScope } from '../charts/scopes.js';
import { staffingPlanCost, staffingPlanFte } from '../charts/staffing-plan.js';
import type { Headline } from '../html/headline.js';
import type { ResultFolder } from '../read-results.js';
import type { StaffingPlanRow } from '../records-experiments.js';
import { defined, type ReportContent } from './content.js';
import { runCharts } from './run-report.js';
import { SOLVE_NOTES, SOLVE_UNCERTAINTY_NOTES } from './staffing-notes.js';
import { RESULT_FILES } from '../../results/columns.js';

const sum = (values: readonly number[]): number => values.reduce((total, v) => total + (Number.isFinite(v) ? v : 0), 0);

/** Final-year totals over roles at the national scope (or the first scope present). */
export function solveHeadlines(rows: readonly StaffingPlanRow[]): Headline[] {
  const target = headlineScope(rows);
  if (target === undefined) return [];
  const scoped = rows.filter(inScope(target));
  const year = Math.max(...scoped.map((row) => row.year));
  const final = scoped.filter((row) => row.year === year);
  const base = { source: RESULT_FILES.staffingPlan, scope: target.scope, scopeId: target.scopeId, year };
  const available = sum(final.map((r) => r.fteAvailable));
  const needed = sum(final.map((r) => r.fteNeededSimulated));
  return [
    { ...base, label: 'FTE available, all roles', metric: 'fte_available', value: available, format: 'fte' },
    { ...base, label: 'FTE needed (simulated), all roles', metric: 'fte_needed_simulated', value: needed, format: 'fte' },
    { ...base, label: 'FTE gap (needed minus available)', metric: 'fte_gap', value: needed - available, format: 'fte' },
    { ...base, label: 'Annual cost of the plan', metric: 'annual_cost', value: sum(final.map((r) => r.annualCost)), format: 'money' },
  ];
}

export function solveReport(folder: ResultFolder): ReportContent {
  const rows = folder.staffingPlan ?? [];
  const extra = folder.summary !== undefined ? runCharts(folder).charts : [];
  return {
    title: folder.run.name ?? 'Staffing plan',
    charts: [staffingPlanFte(rows), staffingPlanCost(rows), ...extra].filter(defined),
    headlines: solveHeadlines(rows),
    notes: rows.length > 0 ? [...SOLVE_NOTES, SOLVE_UNCERTAINTY_NOTES[folder.run.uncertainty === 'parameters' ? 'parameters' : 'none']] : [],
  };
}
