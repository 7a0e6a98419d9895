import { pairedDifferenceInterval, studentTInterval } from '../engine/stats/confidence.js';
import type { ComparedScenario } from '../experiments/comparison.js';

const METRICS = ['first_appointments', 'waiting_list_end', 'pct_within_18_weeks', 'p92_wait_weeks', 'median_weeks_to_diagnosis', 'psychology_unmet', 'staff_cost_gbp', 'wait_spread_weeks', 'wait_gini'];

/** Terminal table: national figures in the last common year, each scenario against the first. */
export function comparisonTable(scenarios: readonly ComparedScenario[]): string {
  const years = scenarios.map((s) => Math.max(...s.table.filter((x) => x.scope.scope === 'national').map((x) => x.year)));
  const year = Math.min(...years);
  const find = (s: ComparedScenario, metric: string) => s.table.find((x) => x.scope.scope === 'national' && x.year === year && x.metric === metric);
  const fmt = (x: number) => (Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-GB') : x.toFixed(3));
  const scopeId = scenarios[0]!.table.find((x) => x.scope.scope === 'national')?.scope.id ?? 'england';
  const label = scopeId === 'england' ? 'England' : 'All simulated networks';
  const lines: string[][] = [[`${label}, ${year}/${String((year + 1) % 100).padStart(2, '0')}`, ...scenarios.map((s, i) => (i === 0 ? s.name : `${s.name} (difference, 95% CI)`))]];
  for (const metric of METRICS) {
    const base = find(scenarios[0]!, metric);
    if (!base) continue;
    const row = [metric, fmt(studentTInterval(base.values).mean)];
    for (const s of scenarios.slice(1)) {
      const other = find(s, metric);
      if (!other) { row.push('n/a'); continue; }
      const d = pairedDifferenceInterval(other.values, base.values);
      const distinct = d.low > 0 || d.high < 0;
      row.push(`${fmt(studentTInterval(other.values).mean)} (${d.mean >= 0 ? '+' : ''}${fmt(d.mean)}, ${fmt(d.low)} to ${fmt(d.high)})${distinct ? '' : ' not distinguishable'}`);
    }
    lines.push(row);
  }
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? '').length)));
  return lines.map((l) => l.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}
