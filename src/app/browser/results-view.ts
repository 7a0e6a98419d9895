import { comparisonRows } from '../../experiments/comparison.js';
import type { ChartDef } from '../../report/charts/chart.js';
import { staffingNeedChart } from '../../report/charts/fte-by-role.js';
import { pairedDifferences } from '../../report/charts/paired-differences.js';
import { staffTime } from '../../report/charts/staff-time.js';
import { waitDistribution } from '../../report/charts/wait-distribution.js';
import { waitingListFans } from '../../report/charts/waiting-list-fan.js';
import { within18Weeks } from '../../report/charts/within-18-weeks.js';
import { formatValue, type Headline } from '../../report/html/headline.js';
import { toComparison } from '../../report/records-experiments.js';
import { toStaffingNeed, toStaffTime, toSummary, toWaitDistribution, toWaitingList } from '../../report/records.js';
import type { Row } from '../../results/tables.js';
import type { PageResults } from '../result-tables.js';
import { el } from './dom.js';

/** A place results are shown for, as summary.csv names it. */
export interface ShownScope {
  readonly scope: string;
  readonly scopeId: string;
}

const HEADLINES: readonly (readonly [string, string, Format])[] = [
  ['waiting_list_end', 'Waiting list at year end', 'count'],
  ['pct_within_18_weeks', 'Waiting under 18 weeks (standard 92%)', 'share'],
  ['p92_wait_weeks', '92nd percentile wait', 'weeks'],
  ['median_weeks_to_diagnosis', 'Median time to diagnosis', 'weeks'],
  ['first_appointments', 'First appointments in the year', 'count'],
];

/** How a figure is written: the report's formats, and ratios and indices to three decimals. */
type Format = Headline['format'] | 'ratio';

/** Equity figures (summary.csv): whether a population is referred in line with its need, and how evenly waits fall. */
const EQUITY: readonly (readonly [string, string, Format])[] = [
  ['access_ratio', 'Access ratio: referrals per expected need (1 = referred as the nation refers today)', 'ratio'],
  ['referrals_per_100k', 'Referrals per 100,000 population', 'number'],
  ['wait_spread_weeks', 'Spread of median waits between CGSs (longest minus shortest)', 'weeks'],
  ['wait_gini', 'Gini index of CGS median waits (0 = every CGS alike)', 'ratio'],
];

/** Metrics whose paired difference from the baseline is shown. */
const DIFFERENCE_METRICS = [
  'waiting_list_end', 'pct_within_18_weeks', 'p92_wait_weeks', 'mean_wait_weeks', 'first_appointments', 'referrals_received', 'staff_cost_gbp',
  'staff_travel_hours', 'access_ratio', 'wait_spread_weeks', 'wait_gini',
];

const THREE_DP = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 3, maximumFractionDigits: 3 });
const written = (value: number, format: Format) => (format !== 'ratio' ? formatValue(value, format) : Number.isFinite(value) ? THREE_DP.format(value) : 'not available');

const inShown = (shown: ShownScope) => (row: Row) => row['scope'] === shown.scope && row['scope_id'] === shown.scopeId;

function finalYear(rows: readonly Row[]): string {
  return String(Math.max(...rows.map((r) => Number(r['year']))));
}

/** A figure that tests and users' scripts can read: the metric, where, when, and the exact value as in summary.csv. */
function figure(row: Row, format: Format, label: string): HTMLElement {
  const value = Number(row['mean']);
  const ci = row['ci_low'] !== '' && row['ci_high'] !== '' ? `95% CI ${written(Number(row['ci_low']), format)} to ${written(Number(row['ci_high']), format)}` : '';
  return el('div', {
    class: 'headline', 'data-metric': row['metric'], 'data-value': row['mean'], 'data-scope': row['scope'], 'data-scope-id': row['scope_id'],
    'data-year': row['year'], 'data-source': 'summary.csv',
  }, el('dt', {}, label), el('dd', {}, el('span', { class: 'value' }, written(value, format)), el('span', { class: 'ci' }, ci)));
}

function figureList(tables: PageResults, shown: ShownScope, metrics: readonly (readonly [string, string, Format])[]): HTMLElement {
  const rows = tables.summary.filter(inShown(shown));
  const year = finalYear(rows);
  const cards = metrics.flatMap(([metric, label, format]) => {
    const row = rows.find((r) => r['metric'] === metric && r['year'] === year);
    return row ? [figure(row, format, label)] : [];
  });
  return el('dl', { class: 'headlines' }, ...cards);
}

/** Final-year headline figures for the place shown. */
export function headlineFigures(tables: PageResults, shown: ShownScope): HTMLElement {
  return figureList(tables, shown, HEADLINES);
}

/** Final-year equity figures for the place shown (a single CGS has no spread: 0). */
export function equityFigures(tables: PageResults, shown: ShownScope): HTMLElement {
  return figureList(tables, shown, EQUITY);
}

/** FTE available and needed by role in the final year, each cell carrying its summary.csv value. */
export function fteTable(tables: PageResults, shown: ShownScope, roleLabels: ReadonlyMap<string, string>): HTMLElement {
  const rows = tables.summary.filter(inShown(shown));
  const year = finalYear(rows);
  const cell = (metric: string) => {
    const row = rows.find((r) => r['metric'] === metric && r['year'] === year);
    return el('td', { class: 'num', 'data-metric': metric, 'data-value': row?.['mean'] ?? '', 'data-scope': shown.scope, 'data-scope-id': shown.scopeId, 'data-year': year },
      row ? formatValue(Number(row['mean']), 'number') : '');
  };
  const body = [...roleLabels].map(([role, label]) => el('tr', {}, el('th', { scope: 'row' }, label), cell(`fte_available_${role}`), cell(`fte_needed_${role}`)));
  return el('table', { class: 'fte-table' }, el('caption', {}, `FTE available and needed in ${year}, by role`),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Role'), el('th', { scope: 'col' }, 'Available (FTE)'), el('th', { scope: 'col' }, 'Needed (FTE)'))),
    el('tbody', {}, ...body));
}

/**
 * The what-if's paired difference from the baseline (common random numbers, as `compare`), final
 * year, for the place shown: a table whose cells carry the values, and the report's chart.
 */
export function differences(current: PageResults, baseline: PageResults, shown: ShownScope): { table: HTMLElement; chart: ChartDef | undefined } {
  const keep = (t: PageResults) => t.table.filter((s) => s.scope.scope === shown.scope && s.scope.id === shown.scopeId && DIFFERENCE_METRICS.includes(s.metric));
  const rows = comparisonRows([{ name: 'baseline', table: keep(baseline) }, { name: 'what-if', table: keep(current) }]);
  const year = finalYear(rows);
  const finalRows = rows.filter((r) => r['year'] === year && r['scenario'] === 'what-if');
  const body = finalRows.map((r) => el('tr', {}, el('th', { scope: 'row' }, r['metric']!.replace(/_/g, ' ')),
    el('td', { class: 'num', 'data-metric': r['metric'], 'data-difference': r['diff_from_first'], 'data-value': r['mean'] }, r['diff_from_first']!),
    el('td', { class: 'num' }, r['diff_ci_low'] === '' ? '' : `${r['diff_ci_low']} to ${r['diff_ci_high']}`),
    el('td', {}, r['distinguishable'] === '' ? '' : r['distinguishable'])));
  const table = el('table', { class: 'difference-table' }, el('caption', {}, `What-if minus baseline in ${year}, paired by replication`),
    el('thead', {}, el('tr', {}, ...['Metric', 'Difference', '95% CI', 'Distinguishable from zero'].map((c) => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, ...body));
  return { table, chart: pairedDifferences(rows.map(toComparison), 'baseline') };
}

/** The report's charts for the place shown (national also shows its networks on the 18-week chart). */
export function chartsFor(tables: PageResults, shown: ShownScope): ChartDef[] {
  const only = inShown(shown);
  const within = tables.summary.filter((r) => only(r) || (shown.scope === 'national' && r['scope'] === 'network'));
  return [
    ...waitingListFans(tables.waitingList.filter((r) => only(r) && r['priority'] === 'all').map(toWaitingList)),
    within18Weeks(within.map(toSummary)),
    staffingNeedChart(tables.staffingNeed.filter(only).map(toStaffingNeed)),
    staffTime(tables.staffTime.filter(only).map(toStaffTime)),
    waitDistribution(tables.waitDistribution.filter(only).map(toWaitDistribution)),
  ].filter((c): c is ChartDef => c !== undefined);
}
