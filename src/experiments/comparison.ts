import { pairedDifferenceInterval } from '../engine/stats/confidence.js';
import { meanInterval } from '../results/mean-interval.js';
import { formatNumber as f } from '../results/format.js';
import type { MetricSeries } from '../results/replication-table.js';

export interface ComparedScenario {
  readonly name: string;
  readonly table: readonly MetricSeries[];
}

export interface ComparisonRow {
  readonly scenario: string;
  readonly scope: string;
  readonly scope_id: string;
  readonly year: string;
  readonly metric: string;
  readonly mean: string;
  readonly ci_low: string;
  readonly ci_high: string;
  readonly diff_from_first: string;
  readonly diff_ci_low: string;
  readonly diff_ci_high: string;
  readonly distinguishable: string;
}

const key = (s: MetricSeries) => `${s.scope.scope}|${s.scope.id}|${s.year}|${s.metric}`;

/**
 * Each scenario's metrics with the paired difference from the first scenario. Replication i
 * of every scenario used the same random streams (common random numbers), so differences are
 * paired replication by replication, which removes most of the noise the scenarios share.
 * A difference whose 95% interval includes zero is "not distinguishable".
 */
export function comparisonRows(scenarios: readonly ComparedScenario[]): Record<string, string>[] {
  const first = new Map(scenarios[0]!.table.map((s) => [key(s), s]));
  const rows: Record<string, string>[] = [];
  scenarios.forEach((sc, index) => {
    for (const s of sc.table) {
      const base = first.get(key(s));
      const own = meanInterval(s.values);
      const row: ComparisonRow = {
        scenario: sc.name, scope: s.scope.scope, scope_id: s.scope.id, year: String(s.year), metric: s.metric,
        mean: f(own.mean), ci_low: f(own.low), ci_high: f(own.high), ...difference(index, s.values, base?.values),
      };
      rows.push({ ...row });
    }
  });
  return rows;
}

function difference(index: number, values: Float64Array, base: Float64Array | undefined) {
  const empty = { diff_from_first: '', diff_ci_low: '', diff_ci_high: '', distinguishable: '' };
  if (index === 0 || base === undefined) return empty;
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < Math.min(values.length, base.length); i++) {
    if (Number.isFinite(values[i]!) && Number.isFinite(base[i]!)) { a.push(values[i]!); b.push(base[i]!); }
  }
  if (a.length < 2) return { ...empty, diff_from_first: a.length === 1 ? f(a[0]! - b[0]!) : '' };
  const d = pairedDifferenceInterval(a, b);
  const low = Number.isFinite(d.low) ? d.low : d.mean;
  const high = Number.isFinite(d.high) ? d.high : d.mean;
  return { diff_from_first: f(d.mean), diff_ci_low: f(low), diff_ci_high: f(high), distinguishable: low > 0 || high < 0 ? 'yes' : 'no' };
}

