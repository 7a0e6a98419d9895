import { quantileSorted } from 'simple-statistics';
import { meanInterval } from './mean-interval.js';
import { percentileRange } from './percentile-range.js';
import { N_TIME_USES, type ReplicationMetrics } from '../model/metrics.js';
import { N_PRIORITIES, type ModelConfig } from '../model/model-config.js';
import { yearOfWeekTable } from '../model/planning-weeks.js';
import { PRIORITIES, TIME_USES } from '../scenario/schema/primitives.js';
import { formatNumber as f } from './format.js';
import { ScopeYearSums, type MetricSeries } from './replication-table.js';
import { WAIT_BANDS } from './replication-digest.js';
import {
  STAFF_TIME_COLUMNS, STAFFING_NEED_COLUMNS, SUMMARY_COLUMNS, WAIT_DISTRIBUTION_COLUMNS, WAITING_LIST_COLUMNS, type ResultRow,
} from './columns.js';

export type Row = Record<string, string>;

/**
 * summary.csv: every metric by scope and year, mean over replications with a 95% Student-t
 * interval, and the 5th–95th percentile range of the replications' values (uncertainty interval).
 */
export function summaryRows(table: readonly MetricSeries[]): ResultRow<typeof SUMMARY_COLUMNS>[] {
  return table.map(({ scope, year, metric, values }) => {
    const ci = meanInterval(values);
    const ui = percentileRange(values, 0.05, 0.95);
    return {
      scope: scope.scope, scope_id: scope.id, year: String(year), metric, mean: f(ci.mean), ci_low: f(ci.low), ci_high: f(ci.high), n: String(ci.n),
      ui_low: f(ui.low), ui_high: f(ui.high),
    };
  });
}

/**
 * staffing_need.csv: by role, the recurring FTE the year's demand needs at the intended skill
 * mix next to the FTE available, and apart from it the extra FTE to clear the list above its
 * target size over the clearance years (each patient counted once), with their costs.
 */
export function staffingNeedRows(config: ModelConfig, table: readonly MetricSeries[]): ResultRow<typeof STAFFING_NEED_COLUMNS>[] {
  const byKey = new Map(table.map((s) => [`${s.scope.scope}|${s.scope.id}|${s.year}|${s.metric}`, s]));
  const rows: ResultRow<typeof STAFFING_NEED_COLUMNS>[] = [];
  for (const s of table) {
    if (!s.metric.startsWith('fte_needed_')) continue;
    const role = s.metric.slice('fte_needed_'.length);
    const available = byKey.get(`${s.scope.scope}|${s.scope.id}|${s.year}|fte_available_${role}`)!;
    const needed = meanInterval(s.values);
    const clearance = meanInterval(byKey.get(`${s.scope.scope}|${s.scope.id}|${s.year}|fte_backlog_clearance_${role}`)!.values);
    const costPerFte = config.roleCostPerFte[config.roleIds.indexOf(role)]!;
    rows.push({
      year: String(s.year), scope: s.scope.scope, scope_id: s.scope.id, role,
      fte_available: f(mean(available.values)), fte_needed: f(needed.mean),
      fte_needed_ci_low: f(needed.low), fte_needed_ci_high: f(needed.high),
      annual_cost_of_gap_gbp: f(Math.max(0, needed.mean - mean(available.values)) * costPerFte),
      fte_backlog_clearance: f(clearance.mean), fte_backlog_clearance_ci_low: f(clearance.low), fte_backlog_clearance_ci_high: f(clearance.high),
      backlog_clearance_cost_gbp: f(clearance.mean * costPerFte),
    });
  }
  return rows;
}

/** waiting_list.csv: weekly list size by scope and priority with median and 5–95% band across replications. */
export function waitingListRows(config: ModelConfig, runs: readonly ReplicationMetrics[], all = new ScopeYearSums(config, runs)): ResultRow<typeof WAITING_LIST_COLUMNS>[] {
  const rows: ResultRow<typeof WAITING_LIST_COLUMNS>[] = [];
  const { layout: L, digests } = all;
  const yearOfWeek = yearOfWeekTable(config.startYear, config.years);
  const values = new Float64Array(digests.length);
  for (const [i, scope] of L.scopes.entries()) {
    for (let w = L.firstWeek; w < L.firstWeek + L.weeks; w++) {
      const year = config.startYear + yearOfWeek[w]!;
      for (let p = -1; p < N_PRIORITIES; p++) {
        const at = L.weekly(i, w, p);
        for (let r = 0; r < digests.length; r++) values[r] = digests[r]!.weeklyWaiting[at]!;
        const sorted = Array.from(values).sort((a, b) => a - b);
        rows.push({
          week: String(w), year: String(year), scope: scope.scope, scope_id: scope.id, priority: p < 0 ? 'all' : PRIORITIES[p]!,
          mean: f(mean(values)), median: f(quantileSorted(sorted, 0.5)), p05: f(quantileSorted(sorted, 0.05)), p95: f(quantileSorted(sorted, 0.95)),
        });
      }
    }
  }
  return rows;
}

/**
 * staff_time.csv: hours used by year, scope, role and activity, with the interval across
 * replications, and beside them the hours job plans reserved for the activity (reserved time
 * demand did not use went back to clinics, or stayed idle where ring-fenced).
 */
export function staffTimeRows(config: ModelConfig, all: ScopeYearSums): ResultRow<typeof STAFF_TIME_COLUMNS>[] {
  const rows: ResultRow<typeof STAFF_TIME_COLUMNS>[] = [];
  const { layout: L, digests } = all;
  for (const [i, scope] of L.scopes.entries()) {
    for (let y = L.firstYear; y < config.years; y++) {
      const at = L.scopeYear(i, y) * L.roleUses;
      config.roleIds.forEach((role, r) => {
        TIME_USES.forEach((activity, a) => {
          const k = at + r * N_TIME_USES + a;
          const ci = meanInterval(digests.map((d) => d.staffHours[k]!));
          rows.push({
            year: String(config.startYear + y), scope: scope.scope, scope_id: scope.id, role, activity,
            hours_mean: f(ci.mean), hours_ci_low: f(ci.low), hours_ci_high: f(ci.high),
            reserved_hours_mean: f(mean(Float64Array.from(digests, (d) => d.reservedHours[k]!))),
          });
        });
      });
    }
  }
  return rows;
}

/** wait_distribution.csv: how long those on the list at year end have waited, as shares. */
export function waitDistributionRows(config: ModelConfig, all: ScopeYearSums): ResultRow<typeof WAIT_DISTRIBUTION_COLUMNS>[] {
  const rows: ResultRow<typeof WAIT_DISTRIBUTION_COLUMNS>[] = [];
  const { layout: L, digests } = all;
  for (const [i, scope] of L.scopes.entries()) {
    for (let y = L.firstYear; y < config.years; y++) {
      const at = L.scopeYear(i, y) * WAIT_BANDS.length;
      WAIT_BANDS.forEach(([from, to], b) => {
        rows.push({
          year: String(config.startYear + y), scope: scope.scope, scope_id: scope.id,
          wait_weeks_from: String(from), wait_weeks_to: to === Infinity ? '' : String(to), share: f(mean(Float64Array.from(digests, (d) => d.waitBandShares[at + b]!))),
        });
      });
    }
  }
  return rows;
}

function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return values.length > 0 ? s / values.length : NaN;
}
