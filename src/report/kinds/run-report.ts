import { unique } from '../charts/chart.js';
import { backlogClearanceChart } from '../charts/backlog-clearance.js';
import { staffingNeedChart } from '../charts/fte-by-role.js';
import { STAFFING_NEED_NOTES } from './staffing-notes.js';
import { headlineScope, inScope } from '../charts/scopes.js';
import { staffTime } from '../charts/staff-time.js';
import { waitDistribution } from '../charts/wait-distribution.js';
import { waitingListFans } from '../charts/waiting-list-fan.js';
import { uncertaintyDriversChart } from '../charts/uncertainty-drivers.js';
import { within18Weeks } from '../charts/within-18-weeks.js';
import type { ChartDef } from '../charts/chart.js';
import type { Headline } from '../html/headline.js';
import type { ResultFolder } from '../read-results.js';
import type { SummaryRow } from '../records.js';
import { defined, missingNote, type ReportContent } from './content.js';
import { RESULT_FILES } from '../../results/columns.js';
import { longYearNote } from './long-years.js';
import { equityCharts } from './equity-charts.js';

const HEADLINE_METRICS: readonly (readonly [string, string, Headline['format']])[] = [
  ['waiting_list_end', 'Waiting list at year end', 'count'],
  ['pct_within_18_weeks', 'Waiting under 18 weeks (standard 92%)', 'share'],
  ['p92_wait_weeks', '92nd percentile wait', 'weeks'],
  ['median_weeks_to_diagnosis', 'Median time to diagnosis', 'weeks'],
  ['referrals_to_cgs', 'Referrals the CGSs handled in the year (new referrals not mainstreamed, plus complex returns)', 'count'],
  ['first_appointments', 'First appointments in the year', 'count'],
  ['psychology_unmet', 'Unmet psychology need', 'count'],
];

/** Final-year headline figures at the national scope (or the first scope present). */
export function summaryHeadlines(summary: readonly SummaryRow[]): Headline[] {
  const target = headlineScope(summary);
  if (target === undefined) return [];
  const scoped = summary.filter(inScope(target));
  const year = Math.max(...scoped.map((row) => row.year));
  return HEADLINE_METRICS.flatMap(([metric, label, format]) => {
    const row = scoped.find((r) => r.metric === metric && r.year === year);
    if (row === undefined) return [];
    return [{
      label, format, metric, value: row.mean, source: RESULT_FILES.summary,
      scope: row.scope, scopeId: row.scopeId, year: row.year, ciLow: row.ciLow, ciHigh: row.ciHigh, uiLow: row.uiLow, uiHigh: row.uiHigh,
    }];
  });
}

/** Charts drawn from a run's files; any folder kind may hold some of these. */
export function runCharts(folder: ResultFolder): { charts: ChartDef[]; notes: string[] } {
  const notes: string[] = [];
  const pick = <T>(rows: T | undefined, file: string, what: string, draw: (rows: T) => ChartDef[]): ChartDef[] => {
    if (rows !== undefined) return draw(rows);
    notes.push(missingNote(file, what));
    return [];
  };
  const charts = [
    ...pick(folder.waitingList, RESULT_FILES.waitingList, 'waiting list fan chart', waitingListFans),
    ...pick(folder.summary, RESULT_FILES.summary, '18-week chart', (rows) => [within18Weeks(rows)].filter(defined)),
    ...pick(folder.waitDistribution, RESULT_FILES.waitDistribution, 'waiting-time distribution', (rows) => [waitDistribution(rows)].filter(defined)),
    ...pick(folder.staffTime, RESULT_FILES.staffTime, 'staff time chart', (rows) => [staffTime(rows)].filter(defined)),
    ...pick(folder.staffingNeed, RESULT_FILES.staffingNeed, 'FTE available and needed chart', (rows) => [staffingNeedChart(rows), backlogClearanceChart(rows)].filter(defined)),
    // Present only when the run drew uncertain inputs; its absence is not a missing file.
    ...unique((folder.uncertaintyDrivers ?? []).map((r) => r.metric)).map((metric) => uncertaintyDriversChart(folder.uncertaintyDrivers!, metric)).filter(defined),
  ];
  return { charts, notes };
}

export function runReport(folder: ResultFolder): ReportContent {
  const { charts, notes } = runCharts(folder);
  return {
    title: folder.run.name ?? 'Scenario run',
    charts,
    headlines: summaryHeadlines(folder.summary ?? []),
    notes: [...notes, ...longYearNote(folder.summary ?? []), ...(folder.staffingNeed !== undefined ? STAFFING_NEED_NOTES : [])],
    equityCharts: equityCharts(folder),
  };
}
