import type { MetricSeries } from '../results/replication-table.js';
import { studentTInterval } from '../engine/stats/confidence.js';
import { percentileRange } from '../results/percentile-range.js';

const ROWS: [string, string, (x: number) => string][] = [
  ['referrals_received', 'Referrals received (every new referral once)', (x) => Math.round(x).toLocaleString('en-GB')],
  ['referrals_to_cgs', 'Referrals the CGSs handle (not mainstreamed, plus complex returns)', (x) => Math.round(x).toLocaleString('en-GB')],
  ['referrals_mainstreamed', 'Handled by mainstream teams', (x) => Math.round(x).toLocaleString('en-GB')],
  ['first_appointments', 'First appointments', (x) => Math.round(x).toLocaleString('en-GB')],
  ['waiting_list_end', 'Waiting list at year end', (x) => Math.round(x).toLocaleString('en-GB')],
  ['pct_within_18_weeks', 'Waiting list within 18 weeks', (x) => `${(x * 100).toFixed(1)}%`],
  ['p92_wait_weeks', '92nd percentile wait (weeks)', (x) => x.toFixed(1)],
  ['median_weeks_to_diagnosis', 'Median weeks to diagnosis', (x) => x.toFixed(1)],
  ['psychology_unmet', 'Psychology need with no access', (x) => Math.round(x).toLocaleString('en-GB')],
];

/**
 * The short table of headline figures printed after a run: national, first and last year, each
 * as mean (95% CI of the mean) [5th–95th percentile of the replications, which includes input
 * uncertainty when the run draws it].
 */
export function headlineTable(table: readonly MetricSeries[], scope = 'national'): string {
  const national = table.filter((s) => s.scope.scope === scope);
  const years = [...new Set(national.map((s) => s.year))];
  const shown = years.length > 1 ? [years[0]!, years[years.length - 1]!] : years;
  const cell = (metric: string, year: number, fmt: (x: number) => string) => {
    const s = national.find((x) => x.metric === metric && x.year === year);
    if (!s) return '';
    const finite = s.values.filter(Number.isFinite);
    if (finite.length === 0) return 'n/a';
    const ci = studentTInterval(finite);
    const ui = percentileRange(finite, 0.05, 0.95);
    return finite.length > 1 ? `${fmt(ci.mean)} (${fmt(ci.low)}–${fmt(ci.high)}) [${fmt(ui.low)}–${fmt(ui.high)}]` : fmt(ci.mean);
  };
  const scopeId = national[0]?.scope.id ?? '';
  const header = [scopeId === 'england' ? 'England' : scopeId === 'simulated_networks' ? 'All simulated networks' : scopeId, ...shown.map((y) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`)];
  const lines = [header, ...ROWS.map(([metric, label, fmt]) => [label, ...shown.map((y) => cell(metric, y, fmt))])];
  const mean = (metric: string, year: number) => {
    const x = national.find((s) => s.metric === metric && s.year === year);
    return x ? studentTInterval(x.values.filter(Number.isFinite)).mean : NaN;
  };
  const roles = national.filter((s) => s.metric.startsWith('fte_needed_') && s.year === shown[0]).map((s) => s.metric.slice('fte_needed_'.length));
  for (const role of roles) {
    if (shown.every((y) => !(mean(`fte_available_${role}`, y) > 0) && !(mean(`fte_needed_${role}`, y) > 0))) continue;
    lines.push([`FTE needed / available: ${role.replace(/_/g, ' ')}`, ...shown.map((y) => `${mean(`fte_needed_${role}`, y).toFixed(1)} / ${mean(`fte_available_${role}`, y).toFixed(1)}`)]);
  }
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? '').length)));
  const key = 'mean (95% CI of the mean) [5th–95th percentile of replications]';
  return [key, ...lines.map((l) => l.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '))].join('\n');
}
